-- P1.5: tenants whose nodes average at least this load may use the shared spare.
INSERT INTO setting (name, value, updated_at) VALUES ('spareThresholdPercent', '70', CURRENT_TIMESTAMP(3));
