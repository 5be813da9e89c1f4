-- P1.5 ("e.g. monthly, configurable"): a spare is elected for each 'week' (ISO, from Monday 00:00
-- UTC) or each 'month' (UTC), from the load of the calendar period before. The spare-election job's
-- default schedule is now daily (in PortalJob: job_schedule holds only schedules an admin set), so a
-- weekly period is elected on its first day; the period key keeps it to one election per period.
INSERT INTO setting (name, value, updated_at) VALUES ('sparePeriod', 'month', CURRENT_TIMESTAMP(3));
