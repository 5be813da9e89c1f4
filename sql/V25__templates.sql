-- P4.1 (issue 14): the template catalogue. A template is an image every engine holds, with the
-- limits a container of it gets by default and what it is, in English and Korean; a tenant picks one
-- when starting its environment.
--
-- image is the engine's repository:tag; it is fixed once the template is made (containers and the
-- per-node copies are found by it). image_sha256 and image_bytes describe the root-filesystem tarball
-- an admin uploaded (NULL for the shipped images, built by bin/lib/nodes.sh). state: AWAITING_IMAGE
-- (no engine is known to hold it yet), READY (some engine holds it; the others are topped up from
-- there), FAILED (the upload reached no engine). import_started_at is set while an upload is being
-- imported into the engines (a ready template stays ready meanwhile: the engines hold the older
-- image). One template at most is the default: default_mark is 1 for it and NULL for the others, and a
-- unique key ignores NULLs.
CREATE TABLE template (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(64)  NOT NULL,
  image              VARCHAR(255) NOT NULL,
  cpu                INT          NOT NULL,
  memory_gib         INT          NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  description_en     VARCHAR(500) NOT NULL,
  description_ko     VARCHAR(500) NOT NULL,
  image_sha256       CHAR(64)     NULL,
  image_bytes        BIGINT       NULL,
  state              VARCHAR(16)  NOT NULL,
  is_default         BOOLEAN      NOT NULL DEFAULT FALSE,
  default_mark       TINYINT      AS (IF(is_default, 1, NULL)) PERSISTENT,
  import_started_at  TIMESTAMP(3) NULL,
  created_at         TIMESTAMP(3) NOT NULL,
  updated_at         TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_template_name UNIQUE (name),
  CONSTRAINT uq_template_image UNIQUE (image),
  CONSTRAINT uq_template_default UNIQUE (default_mark),
  CONSTRAINT ck_template_kind CHECK (kind IN ('SERVICE', 'BATCH')),
  CONSTRAINT ck_template_state CHECK (state IN ('AWAITING_IMAGE', 'READY', 'FAILED')),
  CONSTRAINT ck_template_limits CHECK (cpu >= 1 AND memory_gib >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Whether each node's engine holds a template's image: IMPORTING or COPYING while it is being put
-- there (an upload imported, or copied from another engine), READY, or FAILED with the engine's
-- words in message. Written as the work goes; the admin's page and API show it.
CREATE TABLE template_image (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  template_id  BIGINT       NOT NULL,
  node_id      BIGINT       NOT NULL,
  state        VARCHAR(16)  NOT NULL,
  message      VARCHAR(500) NULL,
  updated_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_template_image_node UNIQUE (template_id, node_id),
  CONSTRAINT fk_template_image_template FOREIGN KEY (template_id) REFERENCES template (id),
  CONSTRAINT fk_template_image_node FOREIGN KEY (node_id) REFERENCES node (id),
  CONSTRAINT ck_template_image_state CHECK (state IN ('IMPORTING', 'COPYING', 'READY', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The two shipped templates. busybox is the base image every node needs anyway (the portal's own
-- helpers run it), so it is ready; the Debian one waits until a pass finds it on an engine
-- (bin/lib/nodes.sh imports it into the local engines; elsewhere an admin uploads it).
INSERT INTO template (name, image, cpu, memory_gib, kind, description_en, description_ko, state, is_default,
                      created_at, updated_at) VALUES
  ('busybox', 'hyperchain/busybox:1', 2, 4, 'SERVICE',
   'BusyBox: a shell and the everyday tools in one small program. Starts in a moment.',
   'BusyBox: 셸과 자주 쓰는 도구를 작은 프로그램 하나에 담았습니다. 바로 시작합니다.',
   'READY', TRUE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
  ('debian', 'hyperchain/debian:12', 2, 4, 'SERVICE',
   'Debian 12 (bookworm), minimal: bash, coreutils, grep, sed and find.',
   'Debian 12 (bookworm) 최소 구성: bash, coreutils, grep, sed, find.',
   'AWAITING_IMAGE', FALSE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- The template an environment runs: chosen at its start, kept while it runs (every container of it,
-- after a failover or a move too, is made from this template's image). Environments that exist run
-- the base image, which is the busybox template's.
ALTER TABLE environment
  ADD COLUMN template_id BIGINT NULL,
  ADD CONSTRAINT fk_environment_template FOREIGN KEY (template_id) REFERENCES template (id);
UPDATE environment SET template_id = (SELECT id FROM template WHERE name = 'busybox');
