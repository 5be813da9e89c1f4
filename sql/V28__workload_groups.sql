-- P4.2 (issue 14): a tenant's groups of its own containers ("web", "workers"), powered together.
--
-- A group belongs to the container's identity, the tenant and its node (the container's name on the
-- engine is made of both, sql/V3), not to the workload row: a stop deletes the workload rows and the
-- next start makes new ones, and each container comes back in its group; a failover or a move changes
-- only where it runs (workload.host_node_id), so it stays in its group too. A start forgets the groups
-- of nodes the tenant no longer holds and runs nothing on (a node given back comes back without one).
-- name: 1 to 40 ASCII letters, digits, '-' or '_', kept in lower case by the portal.
CREATE TABLE workload_group (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  node_id     BIGINT       NOT NULL,
  name        VARCHAR(40)  NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_workload_group UNIQUE (tenant_id, node_id),
  CONSTRAINT ck_workload_group_name CHECK (CHAR_LENGTH(name) BETWEEN 1 AND 40),
  CONSTRAINT fk_workload_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_workload_group_node FOREIGN KEY (node_id) REFERENCES node (id),
  INDEX ix_workload_group_name (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
