-- Account basics (docs/security.md, "Accounts"): e-mail verification, password reset, sessions
-- that end when the password changes.

-- When the owner proved the address by opening the link mailed at sign-up (or an admin vouched
-- for it); NULL: not yet, and such a tenant may log in and look but neither ask for resources nor
-- start an environment. Every account that exists today, staff and tenants, counts as verified.
ALTER TABLE user_account ADD COLUMN email_verified_at TIMESTAMP(3) NULL;
UPDATE user_account SET email_verified_at = created_at;

-- Bumped whenever every session of the account must end (a password changed or reset). A session
-- remembers the generation it logged in at; a session of an older generation counts as logged out
-- on whichever portal instance it arrives.
ALTER TABLE user_account ADD COLUMN credential_generation INT NOT NULL DEFAULT 0;

-- One-time links sent by mail. Only the SHA-256 of the token is kept (hex): whoever reads this
-- table cannot open a link. A token is used once (used_at) and only until expires_at.
CREATE TABLE account_token (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT       NOT NULL,
  purpose     VARCHAR(16)  NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  expires_at  TIMESTAMP(3) NOT NULL,
  used_at     TIMESTAMP(3) NULL,
  CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
  CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
  CONSTRAINT ck_account_token_expiry CHECK (expires_at > created_at),
  -- the links an account was sent lately (the rate limit), newest first
  KEY idx_account_token_account (account_id, purpose, created_at),
  KEY idx_account_token_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
