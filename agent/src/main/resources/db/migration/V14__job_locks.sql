-- ShedLock's table (net.javacrumbs.shedlock, JDBC provider): one row per job and partition (connection, or the
-- partner whose folder inbound-collect reads), e.g. 'order-export:eu-shop'. A run holds its rows while it lasts:
-- lock_until is set from the database's clock and moved on while the run goes on, so that a killed agent's locks
-- lapse on their own; locked_by names the host and process, for the message that refuses another start.
CREATE TABLE cb_job_lock (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB;
