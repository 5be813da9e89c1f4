-- Tenants, their user accounts and the staff (admins, accountants: no tenant).
CREATE TABLE tenant (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(64)  NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_tenant_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT NULL,
  email          VARCHAR(254) NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  created_at     TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_user_account_email UNIQUE (email),
  CONSTRAINT fk_user_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_user_account_role CHECK (role IN ('TENANT', 'ADMIN', 'ACCOUNTANT')),
  -- a tenant's user always belongs to a tenant; staff never do
  CONSTRAINT ck_user_account_tenant CHECK ((role = 'TENANT') = (tenant_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per e-mail: kept in the database so every portal instance sees the same count.
CREATE TABLE login_failure (
  email         VARCHAR(254) NOT NULL PRIMARY KEY,
  failures      INT          NOT NULL,
  locked_until  TIMESTAMP(3) NULL,
  last_failure  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Compute nodes: one Docker engine each, with the capacity the admin declared.
CREATE TABLE node (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(64)  NOT NULL,
  docker_host    VARCHAR(255) NOT NULL,
  cpu            INT          NOT NULL,
  memory_gib     INT          NOT NULL,
  disk_gib       INT          NOT NULL,
  sub_disk_gib   INT          NOT NULL,
  state          VARCHAR(16)  NOT NULL,
  registered_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_node_name UNIQUE (name),
  CONSTRAINT uq_node_docker_host UNIQUE (docker_host),
  CONSTRAINT ck_node_capacity CHECK (cpu > 0 AND memory_gib > 0 AND disk_gib > 0 AND sub_disk_gib >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what as an admin (architecture: audit log of every admin action).
CREATE TABLE audit_entry (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor       VARCHAR(254) NOT NULL,
  action      VARCHAR(64)  NOT NULL,
  subject     VARCHAR(255) NOT NULL,
  at          TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
