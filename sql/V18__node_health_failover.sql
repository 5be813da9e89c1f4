-- Healing (issue 13, P1.11): whether a node's engine answers, and where each container runs now.
--
-- node.health is the engine's liveness as the node-watch job sees it (UP, DOWN), apart from the
-- admin's state (ACTIVE, DRAINING, MAINTENANCE). missed_pings counts pings missed in a row; both
-- are written only when they change, so a healthy cluster costs the database nothing per ping.
ALTER TABLE node
  ADD COLUMN health            VARCHAR(8)   NOT NULL DEFAULT 'UP',
  ADD COLUMN missed_pings      INT          NOT NULL DEFAULT 0,
  ADD COLUMN health_changed_at TIMESTAMP(3) NULL,
  ADD CONSTRAINT ck_node_health CHECK (health IN ('UP', 'DOWN'));

-- workload.node_id stays the tenant's node (its seat, its picture, its bill); host_node_id is the
-- engine the container runs on now: the same node, or the spare (or another node) after a failover
-- or a move. epoch goes up at every failover or move and is written on the container as a label:
-- a container whose epoch is older than its workload's is stale and is removed, never started.
ALTER TABLE workload
  ADD COLUMN host_node_id    BIGINT       NULL,
  ADD COLUMN epoch           INT          NOT NULL DEFAULT 1,
  ADD COLUMN failed_over_at  TIMESTAMP(3) NULL,
  ADD COLUMN moved_at        TIMESTAMP(3) NULL,
  -- during a move, the node it leaves: its container there is still wanted (its files are being
  -- copied) until the copy has arrived, so no pass removes it as stale
  ADD COLUMN moving_from_node_id BIGINT NULL;
UPDATE workload SET host_node_id = node_id;
ALTER TABLE workload
  MODIFY COLUMN host_node_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_workload_host FOREIGN KEY (host_node_id) REFERENCES node (id),
  ADD INDEX ix_workload_host (host_node_id);

-- How many pings a node may miss in a row before it is DOWN (the node-watch job pings every
-- second by default: two misses and a ping's timeout stay under 3 s), and what happens when a
-- failed node answers again: 'return' (its containers move back home) or 'stay' (they stay on
-- the spare until an admin or the rebalancer moves them).
INSERT INTO setting (name, value, updated_at) VALUES
  ('nodeMissedPings', '2', CURRENT_TIMESTAMP(3)),
  ('failback', 'return', CURRENT_TIMESTAMP(3));
