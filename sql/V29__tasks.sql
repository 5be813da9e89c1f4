-- P1.7 (issue 15): the environment's task manager. A task is one command run by Docker exec in one
-- container of a tenant's environment; its process and output live on the node, this row keeps who
-- asked, where it runs, what it reserves and how it ended.
--
-- Workload rows go at a stop (sql/V3), so a task names its container by node and container id, not by
-- a workload foreign key. command: the argument vector as a JSON array (never a shell string).
-- cpu, memory_gib: what it reserves of the environment's cores and memory while it runs.
-- restarted_from: a service task lost with its node and started again elsewhere (one restart per loss).
CREATE TABLE task (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  environment_id  BIGINT        NOT NULL,
  node_id         BIGINT        NOT NULL,
  host_node_id    BIGINT        NOT NULL,
  container_id    VARCHAR(80)   NOT NULL,
  command         TEXT          NOT NULL,
  kind            VARCHAR(16)   NOT NULL,
  cpu             DECIMAL(6,2)  NOT NULL,
  memory_gib      DECIMAL(8,2)  NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  exit_code       INT,
  started_at      TIMESTAMP(3)  NOT NULL,
  ended_at        TIMESTAMP(3)  NULL,
  restarted_from  BIGINT,
  CONSTRAINT fk_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_task_environment FOREIGN KEY (environment_id) REFERENCES environment (id),
  CONSTRAINT fk_task_restarted FOREIGN KEY (restarted_from) REFERENCES task (id),
  CONSTRAINT uq_task_restarted UNIQUE (restarted_from),
  CONSTRAINT ck_task_state CHECK (state IN ('RUNNING', 'EXITED', 'KILLED', 'LOST')),
  CONSTRAINT ck_task_kind CHECK (kind IN ('SERVICE', 'BATCH')),
  INDEX ix_task_environment (environment_id, state),
  INDEX ix_task_tenant (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
