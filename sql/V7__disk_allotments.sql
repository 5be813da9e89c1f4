-- Seed 002: each tenant's main-disk allotment on a node (kept while the containers come and go),
-- what the node helper last reported of it, and the requests for a bigger main disk.
CREATE TABLE disk_allotment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  node_id         BIGINT        NOT NULL,
  name            VARCHAR(64)   NOT NULL,
  main_mib        BIGINT        NOT NULL,
  redirected      BOOLEAN       NOT NULL DEFAULT FALSE,
  main_kib        BIGINT        NOT NULL DEFAULT 0,
  used_kib        BIGINT        NOT NULL DEFAULT 0,
  upper_kib       BIGINT        NOT NULL DEFAULT 0,
  sub_total_kib   BIGINT        NOT NULL DEFAULT 0,
  sub_free_kib    BIGINT        NOT NULL DEFAULT 0,
  sub_low         BOOLEAN       NOT NULL DEFAULT FALSE,
  reaction_ms     BIGINT        NULL,
  redirected_at   TIMESTAMP(3)  NULL,
  measured_at     TIMESTAMP(3)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_allotment_tenant_node UNIQUE (tenant_id, node_id),
  CONSTRAINT fk_allotment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_allotment_node FOREIGN KEY (node_id) REFERENCES node (id),
  CONSTRAINT ck_allotment_size CHECK (main_mib > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disk_upgrade (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  allotment_id    BIGINT        NOT NULL,
  tenant_id       BIGINT        NOT NULL,
  current_mib     BIGINT        NOT NULL,
  requested_mib   BIGINT        NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  problem         VARCHAR(500)  NULL,
  requested_by    VARCHAR(254)  NOT NULL,
  decided_by      VARCHAR(254)  NULL,
  decided_at      TIMESTAMP(3)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  -- at most one open request per allotment: the generated column is NULL once decided
  open_allotment  BIGINT AS (IF(state IN ('PENDING', 'APPLYING'), allotment_id, NULL)) PERSISTENT,
  CONSTRAINT uq_upgrade_open UNIQUE (open_allotment),
  CONSTRAINT fk_upgrade_allotment FOREIGN KEY (allotment_id) REFERENCES disk_allotment (id),
  CONSTRAINT ck_upgrade_state CHECK (state IN ('PENDING', 'APPLYING', 'APPLIED', 'REJECTED', 'FAILED')),
  CONSTRAINT ck_upgrade_size CHECK (requested_mib > current_mib),
  INDEX ix_upgrade_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (name, value, updated_at) VALUES
  ('diskThresholdPercent', '90', CURRENT_TIMESTAMP(3)),
  ('diskAutoApprove', '0', CURRENT_TIMESTAMP(3));
