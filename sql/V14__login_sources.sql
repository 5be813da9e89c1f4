-- Login throttling by account and source (docs/security.md). The old count per e-mail let a
-- stranger lock anyone out by typing wrong passwords at their e-mail; its rows only held
-- short-lived locks, so it is dropped rather than carried over.
DROP TABLE login_failure;

-- One source's streak of failed logins on one account (source: an IPv4 address or an IPv6 /64).
CREATE TABLE login_failure (
  email         VARCHAR(254) NOT NULL,
  source        VARCHAR(64)  NOT NULL,
  failures      INT          NOT NULL,
  last_failure  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (email, source),
  KEY idx_login_failure_last (last_failure)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An account's failed logins from all sources in its current window (against distributed guessing).
CREATE TABLE login_failure_window (
  email         VARCHAR(254) NOT NULL PRIMARY KEY,
  window_start  TIMESTAMP(3) NOT NULL,
  failures      INT          NOT NULL,
  KEY idx_login_failure_window_start (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where each account last logged in successfully: a known source is slowed by its own failures only.
CREATE TABLE login_source (
  email         VARCHAR(254) NOT NULL,
  source        VARCHAR(64)  NOT NULL,
  last_success  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (email, source),
  KEY idx_login_source_last (last_success)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
