-- One approval workflow: whatever waits for an admin (more nodes, a bigger main disk, later plan
-- changes or credit notes) is an approval with one id space, one queue and one life:
-- PENDING → APPLYING → APPLIED | FAILED, or PENDING → REJECTED. The subject (a proposal, a disk
-- upgrade) keeps its own details; (kind, subject_id) names it.
CREATE TABLE approval (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind              VARCHAR(16)   NOT NULL,
  subject_id        BIGINT        NOT NULL,
  tenant_id         BIGINT        NOT NULL,
  requested_by      VARCHAR(254)  NOT NULL,
  scope             VARCHAR(64)   NOT NULL,
  current_amount    BIGINT        NOT NULL,
  requested_amount  BIGINT        NOT NULL,
  reason            VARCHAR(500)  NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  problem           VARCHAR(500)  NULL,
  decided_by        VARCHAR(254)  NULL,
  decided_at        TIMESTAMP(3)  NULL,
  created_at        TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_approval_subject UNIQUE (kind, subject_id),
  CONSTRAINT fk_approval_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_approval_kind CHECK (kind IN ('node-count', 'disk')),
  CONSTRAINT ck_approval_state CHECK (state IN ('PENDING', 'APPLYING', 'APPLIED', 'REJECTED', 'FAILED')),
  INDEX ix_approval_queue (state, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- what waited or was decided before the upgrade joins the queue
INSERT INTO approval (kind, subject_id, tenant_id, requested_by, scope, current_amount, requested_amount, reason, state,
                      decided_by, decided_at, created_at)
SELECT 'node-count', p.id, p.tenant_id, 'quota-adjustment', p.period_key, p.current_nodes, p.proposed_nodes, p.reason,
       CASE p.state WHEN 'PENDING' THEN 'PENDING' WHEN 'REJECTED' THEN 'REJECTED' ELSE 'APPLIED' END,
       p.decided_by, p.decided_at, p.created_at
  FROM proposal p WHERE p.kind = 'INCREASE';

INSERT INTO approval (kind, subject_id, tenant_id, requested_by, scope, current_amount, requested_amount, reason, state,
                      problem, decided_by, decided_at, created_at)
SELECT 'disk', u.id, u.tenant_id, u.requested_by, n.name, u.current_mib, u.requested_mib,
       CONCAT('main disk ', IF(a.main_kib > 0, FLOOR(a.used_kib * 100 / a.main_kib), 0), ' % used',
              IF(a.redirected, ', new writes on the sub disk', '')),
       u.state, u.problem, u.decided_by, u.decided_at, u.created_at
  FROM disk_upgrade u JOIN disk_allotment a ON a.id = u.allotment_id JOIN node n ON n.id = a.node_id;
