-- The size each allotment's sub-disk partition was made with (0 = the shared pool), so that the
-- partition plan (SubDiskPlan) keeps existing partitions as they are and the node helper only applies it.
ALTER TABLE disk_allotment ADD COLUMN partition_mib BIGINT NOT NULL DEFAULT 0;
