-- Every job run, from a schedule or an admin: started, finished, outcome, what it decided.
-- A job with a period (monthly election, ...) runs once per period: the unique key enforces it.
CREATE TABLE job_run (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  job          VARCHAR(64)   NOT NULL,
  period_key   VARCHAR(64)   NOT NULL,
  trigger_kind VARCHAR(16)   NOT NULL,
  instance     VARCHAR(128)  NOT NULL,
  started_at   TIMESTAMP(3)  NOT NULL,
  finished_at  TIMESTAMP(3)  NULL,
  outcome      VARCHAR(16)   NOT NULL,
  detail       VARCHAR(2000) NULL,
  CONSTRAINT uq_job_run_period UNIQUE (job, period_key),
  INDEX ix_job_run_recent (job, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The schedule an admin chose for each job (Quartz cron); defaults are inserted by the portal.
CREATE TABLE job_schedule (
  job         VARCHAR(64)  NOT NULL PRIMARY KEY,
  cron        VARCHAR(120) NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Raw load samples per node, a share of the declared capacity (0..1, may exceed 1 when the node
-- is over-committed). A node whose engine did not answer has a row with missing = TRUE: no answer
-- is not zero load.
CREATE TABLE load_sample (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  node_id   BIGINT       NOT NULL,
  at        TIMESTAMP(3) NOT NULL,
  cpu       DOUBLE       NULL,
  memory    DOUBLE       NULL,
  disk      DOUBLE       NULL,
  missing   BOOLEAN      NOT NULL,
  INDEX ix_load_sample_node_at (node_id, at),
  INDEX ix_load_sample_at (at)
) ENGINE=InnoDB;

-- Rollups: averages per node per minute, hour and day, so long averages never scan raw samples.
CREATE TABLE load_rollup (
  node_id   BIGINT      NOT NULL,
  grain     VARCHAR(8)  NOT NULL,
  bucket    TIMESTAMP   NOT NULL,
  cpu       DOUBLE      NOT NULL,
  memory    DOUBLE      NOT NULL,
  disk      DOUBLE      NOT NULL,
  samples   INT         NOT NULL,
  PRIMARY KEY (node_id, grain, bucket),
  CONSTRAINT ck_load_rollup_grain CHECK (grain IN ('MINUTE', 'HOUR', 'DAY'))
) ENGINE=InnoDB;

-- The elected spare per period (P1.5): one row per election period.
CREATE TABLE spare_election (
  period_key   VARCHAR(32)  NOT NULL PRIMARY KEY,
  node_id      BIGINT       NOT NULL,
  average_load DOUBLE       NOT NULL,
  elected_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_spare_election_node FOREIGN KEY (node_id) REFERENCES node (id)
) ENGINE=InnoDB;
