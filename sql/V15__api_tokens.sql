-- API tokens: a user's named secrets for scripts (Authorization: Bearer hc_<prefix>_<secret>). A token
-- acts as its user, with the user's role; a READ token only reads (GET, HEAD). Only the SHA-256 of the
-- secret is kept (the secret has 256 random bits, so a fast hash suffices); the prefix is public and
-- tells tokens apart in lists. Every token expires; a revoked one keeps its row for the list.
CREATE TABLE api_token (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_account_id  BIGINT       NOT NULL,
  name             VARCHAR(60)  NOT NULL,
  token_hash       CHAR(64)     NOT NULL,
  prefix           CHAR(8)      NOT NULL,
  scope            VARCHAR(16)  NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  expires_at       TIMESTAMP(3) NOT NULL,
  last_used_at     TIMESTAMP(3) NULL,
  revoked_at       TIMESTAMP(3) NULL,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
  CONSTRAINT ck_api_token_scope CHECK (scope IN ('READ', 'READ_WRITE')),
  CONSTRAINT ck_api_token_expiry CHECK (expires_at > created_at),
  INDEX ix_api_token_user (user_account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
