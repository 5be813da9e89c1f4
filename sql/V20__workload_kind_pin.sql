-- P1.8: what kind of work a container runs, and the tenant's "do not move" pin.
--
-- kind: SERVICE runs for long and may be moved to a quieter node; BATCH is never moved (a job half
-- done would start over). pinned: the tenant asked that this container stay where it is; rebalancing
-- moves only SERVICE containers that are not pinned. Existing containers are unpinned services.
ALTER TABLE workload
  ADD COLUMN kind    VARCHAR(16) NOT NULL DEFAULT 'SERVICE',
  ADD COLUMN pinned  BOOLEAN     NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT ck_workload_kind CHECK (kind IN ('SERVICE', 'BATCH'));
