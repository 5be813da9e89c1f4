-- /metrics counts finished job runs by job and outcome at every scrape: an index it reads alone
-- (job_run grows by about 400,000 rows a month at the default schedules).
CREATE INDEX ix_job_run_outcome ON job_run (job, outcome);
