-- P4.2 (issue 14): the tenant's power switch of one container.
--
-- power is what the tenant asked of this container while its environment runs: ON (the engines are
-- held to it running, as before), OFF (stopped, its container and its disk kept; the reconciler and
-- failover leave it alone, and it is not metered) or PAUSED (frozen on its engine: no CPU, its memory
-- held; metered as running). A start of the environment powers every selected container ON again.
-- Existing containers are on.
ALTER TABLE workload
  ADD COLUMN power VARCHAR(16) NOT NULL DEFAULT 'ON',
  ADD CONSTRAINT ck_workload_power CHECK (power IN ('ON', 'OFF', 'PAUSED'));

-- A powered-off container's engine confirmed it stopped: STOPPED, beside STARTING, RUNNING, FAILED.
ALTER TABLE workload
  DROP CONSTRAINT ck_workload_state,
  ADD CONSTRAINT ck_workload_state CHECK (state IN ('STARTING', 'RUNNING', 'FAILED', 'STOPPED'));
