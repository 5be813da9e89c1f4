-- P1.6: each period's proposal per tenant: more nodes, fewer, or keep, with the numbers behind it.
CREATE TABLE proposal (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  period_key      VARCHAR(32)   NOT NULL,
  kind            VARCHAR(16)   NOT NULL,
  current_nodes   INT           NOT NULL,
  proposed_nodes  INT           NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  decided_by      VARCHAR(254)  NULL,
  decided_at      TIMESTAMP(3)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_proposal_period UNIQUE (tenant_id, period_key),
  CONSTRAINT fk_proposal_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_proposal_kind CHECK (kind IN ('INCREASE', 'DECREASE', 'KEEP')),
  CONSTRAINT ck_proposal_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED', 'APPLIED', 'NOTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a tenant is told in the portal (and by e-mail).
CREATE TABLE notification (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  text        VARCHAR(1000) NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  mailed      BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_notification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_notification_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO setting (name, value, updated_at) VALUES
  ('adjustHighPercent', '80', CURRENT_TIMESTAMP(3)),
  ('adjustLowPercent', '20', CURRENT_TIMESTAMP(3));
