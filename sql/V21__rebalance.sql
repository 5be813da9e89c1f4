-- Rebalancing (issue 13, P1.8–P1.10, P1.12, P1.14). The imbalance streak lives here, not in one
-- portal's memory: the rebalance job runs on whichever instance Quartz picks, and it acts only once
-- imbalance has stayed above the threshold for several samples in a row.
CREATE TABLE balance_streak (
  id           INT          NOT NULL PRIMARY KEY,
  samples      INT          NOT NULL,
  imbalance    DOUBLE       NOT NULL,
  updated_at   TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB;
INSERT INTO balance_streak (id, samples, imbalance, updated_at) VALUES (1, 0, 0, CURRENT_TIMESTAMP(3));

-- rebalanceHotPercent: nothing moves until some node is at least this busy (σ/μ of idle nodes is
--   noise); rebalanceMaxMoves: containers moved per round at most (0 = rebalancing off);
-- rebalanceCoolDownMinutes: a container moved is not moved again before this;
-- overloadedSpare (P1.12, off): an overloaded node may be made the spare for the rest of the period;
-- consolidateBelowPercent (P1.14, 0 = off): nodes used less than this are emptied onto others.
INSERT INTO setting (name, value, updated_at) VALUES
  ('rebalanceHotPercent', '50', CURRENT_TIMESTAMP(3)),
  ('rebalanceMaxMoves', '2', CURRENT_TIMESTAMP(3)),
  ('rebalanceCoolDownMinutes', '60', CURRENT_TIMESTAMP(3)),
  ('overloadedSpare', '0', CURRENT_TIMESTAMP(3)),
  ('consolidateBelowPercent', '0', CURRENT_TIMESTAMP(3));
