-- Jobs paused by an admin (dashboard, REST API): one row per job and partition, named like the job's lock and
-- partition step ('order-export:eu-shop'; inbound-collect's partitions are partners). A paused job's schedules and
-- the near-real-time trigger start no run of that partition; a manual start still does. Kept in the agent database
-- so that a pause outlives a restart of serve and holds for every agent process sharing the database.
CREATE TABLE cb_job_pause (
    name      VARCHAR(200) NOT NULL PRIMARY KEY,
    job       VARCHAR(64)  NOT NULL,
    paused_at DATETIME(3)  NOT NULL,
    paused_by VARCHAR(255) NOT NULL,
    KEY cb_job_pause_job (job)
) ENGINE=InnoDB;

-- The executions page and API filter runs by the day they started: without an index, a day long ago is found by
-- reading the history back from the newest run.
CREATE INDEX cb_ops_job_execution_start ON BATCH_JOB_EXECUTION (START_TIME);
