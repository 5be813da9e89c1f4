-- Billing by usage (issue 11): usage intervals, price plans, invoices, credit notes.

-- One usage fact: `rate` units of a metric from started_at to ended_at (NULL while open). The id is
-- deterministic (subject/metric/start) and at most one interval per subject and metric is open
-- (the generated key is NULL once closed), so a retried start never meters twice.
CREATE TABLE usage_interval (
  id            VARCHAR(120)   NOT NULL PRIMARY KEY,
  tenant_id     BIGINT         NOT NULL,
  metric        VARCHAR(32)    NOT NULL,
  subject       VARCHAR(64)    NOT NULL,
  node_id       BIGINT         NULL,
  rate          DECIMAL(20,6)  NOT NULL,
  started_at    TIMESTAMP(3)   NOT NULL,
  ended_at      TIMESTAMP(3)   NULL,
  recorded_at   TIMESTAMP(3)   NOT NULL,
  open_key      VARCHAR(100) AS (IF(ended_at IS NULL, CONCAT(subject, '/', metric), NULL)) PERSISTENT,
  CONSTRAINT uq_usage_open UNIQUE (open_key),
  CONSTRAINT ck_usage_rate CHECK (rate >= 0),
  CONSTRAINT ck_usage_order CHECK (ended_at IS NULL OR ended_at >= started_at),
  INDEX ix_usage_tenant (tenant_id, started_at),
  INDEX ix_usage_recorded (recorded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A version of a price plan: never edited once made; a new version of the same name supersedes
-- it from its valid_from. `prices` is the JSON of the unit prices and tiers per metric.
CREATE TABLE price_plan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(64)    NOT NULL,
  version       INT            NOT NULL,
  currency      CHAR(3)        NOT NULL,
  monthly_fee   DECIMAL(20,6)  NOT NULL,
  valid_from    TIMESTAMP(3)   NOT NULL,
  is_default    BOOLEAN        NOT NULL,
  prices        TEXT           NOT NULL,
  created_by    VARCHAR(254)   NOT NULL,
  created_at    TIMESTAMP(3)   NOT NULL,
  CONSTRAINT uq_price_plan_version UNIQUE (name, version),
  CONSTRAINT ck_price_plan_fee CHECK (monthly_fee >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An admin moved a tenant to a plan from an instant (the month is split there).
CREATE TABLE tenant_plan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT         NOT NULL,
  plan_name     VARCHAR(64)    NOT NULL,
  effective_from TIMESTAMP(3)  NOT NULL,
  created_by    VARCHAR(254)   NOT NULL,
  created_at    TIMESTAMP(3)   NOT NULL,
  CONSTRAINT fk_tenant_plan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_tenant_plan (tenant_id, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One invoice per tenant and month. DRAFT lines are re-rated until it is FINALIZED; then it is
-- never edited (only its state moves on: PAID, or VOID by a full credit note).
CREATE TABLE invoice (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT         NOT NULL,
  period        CHAR(7)        NOT NULL,
  state         VARCHAR(16)    NOT NULL,
  number        VARCHAR(32)    NULL,
  currency      CHAR(3)        NOT NULL,
  subtotal      DECIMAL(24,6)  NOT NULL,
  tax_rate      DECIMAL(8,6)   NOT NULL,
  tax           DECIMAL(24,6)  NOT NULL,
  total         DECIMAL(24,6)  NOT NULL,
  credited      DECIMAL(24,6)  NOT NULL DEFAULT 0,
  final_close   BOOLEAN        NOT NULL DEFAULT FALSE,
  usage_cutoff  TIMESTAMP(3)   NULL,
  rated_until   TIMESTAMP(3)   NOT NULL,
  created_at    TIMESTAMP(3)   NOT NULL,
  finalized_at  TIMESTAMP(3)   NULL,
  paid_at       TIMESTAMP(3)   NULL,
  CONSTRAINT uq_invoice_period UNIQUE (tenant_id, period),
  CONSTRAINT uq_invoice_number UNIQUE (number),
  CONSTRAINT fk_invoice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_invoice_state CHECK (state IN ('DRAFT', 'FINALIZED', 'PAID', 'VOID')),
  INDEX ix_invoice_period_state (period, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A line keeps the usage it rated: how many intervals and a hash of their ids.
CREATE TABLE invoice_line (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  invoice_id    BIGINT         NOT NULL,
  line_no       INT            NOT NULL,
  metric        VARCHAR(32)    NOT NULL,
  period        CHAR(7)        NOT NULL,
  quantity      DECIMAL(24,6)  NOT NULL,
  unit          VARCHAR(8)     NOT NULL,
  unit_price    DECIMAL(20,6)  NOT NULL,
  amount        DECIMAL(24,6)  NOT NULL,
  usage_count   INT            NOT NULL,
  usage_hash    CHAR(64)       NOT NULL,
  CONSTRAINT uq_invoice_line UNIQUE (invoice_id, line_no),
  CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credit_note (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  invoice_id    BIGINT         NOT NULL,
  number        VARCHAR(32)    NOT NULL,
  net           DECIMAL(24,6)  NOT NULL,
  tax           DECIMAL(24,6)  NOT NULL,
  total         DECIMAL(24,6)  NOT NULL,
  reason        VARCHAR(500)   NOT NULL,
  created_by    VARCHAR(254)   NOT NULL,
  created_at    TIMESTAMP(3)   NOT NULL,
  CONSTRAINT uq_credit_note_number UNIQUE (number),
  CONSTRAINT fk_credit_note_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
  CONSTRAINT ck_credit_note_total CHECK (total > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Gapless document numbers: the counter row is locked and moved inside the finalizing transaction.
CREATE TABLE document_counter (
  series        VARCHAR(32)    NOT NULL PRIMARY KEY,
  last_value    BIGINT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE tenant ADD COLUMN closed_at TIMESTAMP(3) NULL;

-- When billing began on this installation: the scheduled close never invoices a month that ended
-- before it (tenants of an upgraded installation are not billed for months nobody metered).
CREATE TABLE billing_start (
  id     TINYINT      NOT NULL PRIMARY KEY,
  since  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO billing_start (id, since) VALUES (1, CURRENT_TIMESTAMP(3));

-- What already runs or exists when billing arrives is metered from now on (later containers and
-- disks are metered when they start or are made): each running container's node (the spare's
-- apart), CPU and memory, and each main disk. Ids as UsageRows makes them.
INSERT INTO usage_interval (id, tenant_id, metric, subject, node_id, rate, started_at, recorded_at)
SELECT CONCAT('workload:', x.workload_id, '/', x.metric, '/', FLOOR(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000)),
       x.tenant_id, x.metric, CONCAT('workload:', x.workload_id), x.node_id, x.rate, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
FROM (SELECT w.id AS workload_id, e.tenant_id, w.node_id,
             CASE WHEN k.what <> 'node' THEN k.what
                  WHEN EXISTS (SELECT 1 FROM assignment a WHERE a.tenant_id = e.tenant_id AND a.node_id = w.node_id)
                  THEN 'node-hours' ELSE 'spare-node-hours' END AS metric,
             CASE k.what WHEN 'cpu-core-hours' THEN w.cpu WHEN 'memory-gib-hours' THEN w.memory_gib ELSE 1 END AS rate
      FROM workload w
      JOIN environment e ON e.id = w.environment_id
      CROSS JOIN (SELECT 'node' AS what UNION ALL SELECT 'cpu-core-hours' UNION ALL SELECT 'memory-gib-hours') k
      WHERE w.state = 'RUNNING') x;
INSERT INTO usage_interval (id, tenant_id, metric, subject, node_id, rate, started_at, recorded_at)
SELECT CONCAT('allotment:', a.id, '/disk-gib-months/', FLOOR(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000)), a.tenant_id,
       'disk-gib-months', CONCAT('allotment:', a.id), a.node_id, a.main_mib / 1024, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
FROM disk_allotment a;

INSERT INTO setting (name, value, updated_at) VALUES
  ('taxPercent', '10', CURRENT_TIMESTAMP(3)),
  ('billingGraceDays', '3', CURRENT_TIMESTAMP(3));

-- A default plan from the start of time, so every tenant is billed from day one; an admin
-- replaces it with a new version (or another default plan) from a date.
INSERT INTO price_plan (name, version, currency, monthly_fee, valid_from, is_default, prices, created_by, created_at)
VALUES ('standard', 1, 'KRW', 10000, '2000-01-01 00:00:00', TRUE,
        '{"node-hours":{"unitPrice":"500"},"spare-node-hours":{"unitPrice":"250"},"cpu-core-hours":{"unitPrice":"30"},"memory-gib-hours":{"unitPrice":"10"},"disk-gib-months":{"unitPrice":"100"},"sub-disk-gib-hours":{"unitPrice":"1"}}',
        'system', CURRENT_TIMESTAMP(3));
