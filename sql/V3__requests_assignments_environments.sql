-- Admin settings as name/value pairs (base resource per node per tenant, thresholds, ...).
CREATE TABLE setting (
  name        VARCHAR(64)  NOT NULL PRIMARY KEY,
  value       VARCHAR(255) NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (name, value, updated_at) VALUES
  ('baseCpu', '2', CURRENT_TIMESTAMP(3)),
  ('baseMemoryGiB', '4', CURRENT_TIMESTAMP(3)),
  ('baseDiskGiB', '20', CURRENT_TIMESTAMP(3)),
  ('loadThresholdPercent', '90', CURRENT_TIMESTAMP(3));

-- Every resource request a tenant made; the newest is the one in force.
CREATE TABLE resource_request (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT       NOT NULL,
  cpu            INT          NOT NULL,
  memory_gib     INT          NOT NULL,
  disk_gib       INT          NOT NULL,
  hours_per_day  INT          NOT NULL,
  node_count     INT          NOT NULL,
  created_at     TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_resource_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_resource_request_tenant (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which nodes a tenant holds (P1.2), and whether the tenant uses each one now (P1.3).
CREATE TABLE assignment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT       NOT NULL,
  node_id      BIGINT       NOT NULL,
  selected     BOOLEAN      NOT NULL DEFAULT FALSE,
  assigned_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_assignment UNIQUE (tenant_id, node_id),
  CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_assignment_node FOREIGN KEY (node_id) REFERENCES node (id),
  INDEX ix_assignment_node (node_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row everybody locks before placing: two requests never decide on the same snapshot.
CREATE TABLE placement_lock (
  id  INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO placement_lock (id) VALUES (1);

-- A tenant's environment: the desired state the reconciler holds the engines to.
CREATE TABLE environment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  desired_state   VARCHAR(16)  NOT NULL,
  leader_node_id  BIGINT       NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_environment_tenant UNIQUE (tenant_id),
  CONSTRAINT fk_environment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_environment_state CHECK (desired_state IN ('RUNNING', 'STOPPED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One container per selected node of a running environment.
CREATE TABLE workload (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  environment_id  BIGINT        NOT NULL,
  node_id         BIGINT        NOT NULL,
  container_name  VARCHAR(128)  NOT NULL,
  container_id    VARCHAR(80)   NULL,
  state           VARCHAR(16)   NOT NULL,
  problem         VARCHAR(500)  NULL,
  cpu             INT           NOT NULL,
  memory_gib      INT           NOT NULL,
  updated_at      TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_workload UNIQUE (environment_id, node_id),
  CONSTRAINT uq_workload_container_name UNIQUE (container_name),
  CONSTRAINT fk_workload_environment FOREIGN KEY (environment_id) REFERENCES environment (id),
  CONSTRAINT fk_workload_node FOREIGN KEY (node_id) REFERENCES node (id),
  CONSTRAINT ck_workload_state CHECK (state IN ('STARTING', 'RUNNING', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which portal installation owns a container: reconciliation never touches another's.
CREATE TABLE installation (
  id  VARCHAR(36) NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO installation (id) VALUES (UUID());
