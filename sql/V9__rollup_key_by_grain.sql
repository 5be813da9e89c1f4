-- The averages over a period (the spare election, the monthly adjustment) read every node's rows of
-- one grain in a time range; keyed by node first, that was a scan of the whole table, minute rows
-- included. Keyed (grain, bucket, node_id) it is a range read, and so is the retention delete of old
-- minute rows. A node's chart still reads its own rows through idx_rollup_node.
ALTER TABLE load_rollup
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (grain, bucket, node_id),
  ADD KEY idx_rollup_node (node_id, grain, bucket);
