-- P1.6, averaging over usage hours: the hours in which a tenant's containers ran, as the sampling
-- pass saw them on the engines (samples = how many passes in that hour saw one running). Kept 62 days.
-- No foreign key: a sampling pass must never fail over a container label.
CREATE TABLE tenant_running_hour (
  tenant_id  BIGINT     NOT NULL,
  bucket     TIMESTAMP  NOT NULL,
  samples    INT        NOT NULL,
  PRIMARY KEY (tenant_id, bucket),
  INDEX ix_tenant_running_hour_bucket (bucket)
) ENGINE=InnoDB;

-- P1.6: PERIOD averages a tenant's nodes over every hour of the month, USAGE_HOURS over only the
-- hours the tenant's environment ran.
INSERT INTO setting (name, value, updated_at) VALUES ('adjustAveraging', 'PERIOD', CURRENT_TIMESTAMP(3));
