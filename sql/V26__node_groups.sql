-- Groups and group commands (issue 14, P4.4).
--
-- An admin arranges nodes in groups; a group may sit in another (parent_id, NULL at the top) and a
-- node may be in several groups. Siblings have different names: parent_key is the parent or 0 at the
-- top, since a unique key treats every NULL as different. A group that still holds groups cannot be
-- deleted (the key on parent_id refuses, and the portal says so first); its memberships go with it.
CREATE TABLE node_group (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(64)   NOT NULL,
  parent_id     BIGINT        NULL,
  parent_key    BIGINT AS (COALESCE(parent_id, 0)) PERSISTENT,
  created_at    TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_node_group_name UNIQUE (parent_key, name),
  CONSTRAINT fk_node_group_parent FOREIGN KEY (parent_id) REFERENCES node_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE node_group_member (
  group_id      BIGINT        NOT NULL,
  node_id       BIGINT        NOT NULL,
  PRIMARY KEY (group_id, node_id),
  CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES node_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_group_member_node FOREIGN KEY (node_id) REFERENCES node (id) ON DELETE CASCADE,
  INDEX ix_group_member_node (node_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One command sent to a group, and one row per member node written as that node answers, so that
-- every portal instance shows the progress and nothing is lost when one stops. The group's name and
-- each node's name are kept as they were: the history outlives a deleted group or node. deadline_at
-- is when every member must have answered (timeout x rounds of groupCommandParallelism, plus grace):
-- a row still PENDING after it is shown TIMED_OUT (the instance carrying it out stopped).
CREATE TABLE group_command (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id      BIGINT        NULL,
  group_name    VARCHAR(64)   NOT NULL,
  command       VARCHAR(32)   NOT NULL,
  argument      TEXT          NULL,
  sent_by       VARCHAR(254)  NOT NULL,
  sent_at       TIMESTAMP(3)  NOT NULL,
  timeout_seconds INT         NOT NULL,
  deadline_at   TIMESTAMP(3)  NOT NULL,
  CONSTRAINT fk_group_command_group FOREIGN KEY (group_id) REFERENCES node_group (id) ON DELETE SET NULL,
  INDEX ix_group_command_sent (sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_command_result (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  command_id    BIGINT        NOT NULL,
  node_id       BIGINT        NOT NULL,
  node_name     VARCHAR(64)   NOT NULL,
  state         VARCHAR(16)   NOT NULL,
  exit_code     INT           NULL,
  output        TEXT          NULL,
  message       VARCHAR(1024) NULL,
  finished_at   TIMESTAMP(3)  NULL,
  CONSTRAINT uq_group_result_node UNIQUE (command_id, node_id),
  CONSTRAINT fk_group_result_command FOREIGN KEY (command_id) REFERENCES group_command (id) ON DELETE CASCADE,
  CONSTRAINT ck_group_result_state CHECK (state IN ('PENDING', 'OK', 'FAILED', 'TIMED_OUT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- groupCommandParallelism: members a command works on at once; groupCommandTimeoutSeconds: how long
-- each member may take before it is TIMED_OUT.
INSERT INTO setting (name, value, updated_at) VALUES
  ('groupCommandParallelism', '8', CURRENT_TIMESTAMP(3)),
  ('groupCommandTimeoutSeconds', '30', CURRENT_TIMESTAMP(3));
