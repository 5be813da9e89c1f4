-- The admin overview lists the latest healing events (failovers, moves, handoffs) by action:
-- an index, so the audit log may grow without slowing the page.
CREATE INDEX ix_audit_action_at ON audit_entry (action, at);
