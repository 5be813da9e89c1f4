-- P4.3 (issue 14): each tenant's containers' usage history, beside the nodes' load history (V4, V9).
--
-- The sampling pass that reads every engine for the nodes' load (one stats reading per container)
-- also keeps what each tenant's container used: CPU in cores, memory and writable-layer disk in
-- bytes. A container is the tenant's container on one of the tenant's nodes (tenant_id, node_id: the
-- workload, as the tenant sees it); host_node_id is the engine it ran on (the same node, or another
-- after a failover or a move); epoch is the workload's epoch it was made in. Raw samples are kept a
-- day, like load_sample.
CREATE TABLE container_sample (
  id            BIGINT       AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  node_id       BIGINT       NOT NULL,
  host_node_id  BIGINT       NOT NULL,
  epoch         INT          NOT NULL,
  at            TIMESTAMP(3) NOT NULL,
  cpu_cores     DOUBLE       NOT NULL,
  memory_bytes  BIGINT       NOT NULL,
  disk_bytes    BIGINT       NOT NULL,
  INDEX ix_container_sample_at (at),
  INDEX ix_container_sample_tenant (tenant_id, at)
) ENGINE=InnoDB;

-- Rollups: the running average per container and MINUTE/HOUR/DAY bucket, written by the same
-- statements as load_rollup's (RollupTable); minute rows are kept a week, like the nodes'. Keyed by
-- grain and bucket first like load_rollup (V9), so the retention delete is a range read; a tenant's
-- chart reads its own rows through ix_container_rollup_tenant. host_node_id: where the bucket's newest
-- sample ran.
CREATE TABLE container_rollup (
  grain         VARCHAR(8)   NOT NULL,
  bucket        TIMESTAMP    NOT NULL,
  tenant_id     BIGINT       NOT NULL,
  node_id       BIGINT       NOT NULL,
  cpu_cores     DOUBLE       NOT NULL,
  memory_bytes  DOUBLE       NOT NULL,
  disk_bytes    DOUBLE       NOT NULL,
  host_node_id  BIGINT       NOT NULL,
  samples       INT          NOT NULL,
  PRIMARY KEY (grain, bucket, tenant_id, node_id),
  KEY ix_container_rollup_tenant (tenant_id, grain, bucket),
  CONSTRAINT ck_container_rollup_grain CHECK (grain IN ('MINUTE', 'HOUR', 'DAY'))
) ENGINE=InnoDB;

-- P3.2: what a run cost the portal, where the job measures it (load-sampling): the CPU time of the
-- threads that did its work, and that time as a share of one core per node sampled over the
-- sampling interval (the admin's jobs page shows it; the budget is 0.1 %).
ALTER TABLE job_run
  ADD COLUMN cpu_micros          BIGINT NULL,
  ADD COLUMN core_share_per_node DOUBLE NULL;
