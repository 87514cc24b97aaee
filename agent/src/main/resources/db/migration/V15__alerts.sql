-- Alerts (io.cartbridge.agent.ops): one row per event worth telling someone about (a job failed, a file was
-- rejected, an order held too long, a sent order file without acknowledgment too long). The event key is unique,
-- so that the first agent process to insert it owns the event and every later check, in this process or another
-- sharing the database, finds it there and sends nothing again. A row stays pending until every channel
-- configured (e-mail, webhook) took it; an agent about to send claims it for a while (claimed_until), so that two
-- processes retrying an undelivered alert do not both send it.
CREATE TABLE cb_alert (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key       VARCHAR(200)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    store           VARCHAR(64)   NULL,
    partner         VARCHAR(64)   NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    mail_sent_at    DATETIME(6)   NULL,
    webhook_sent_at DATETIME(6)   NULL,
    delivered_at    DATETIME(6)   NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(2000) NULL,
    claimed_until   DATETIME(6)   NULL,
    CONSTRAINT cb_alert_event UNIQUE (event_key),
    KEY cb_alert_pending (delivered_at, id)
) ENGINE=InnoDB;

-- The checks and metrics ask for recent failures and rejections, and for orders and files in one state since a
-- time: without these, each check would read the whole history.
CREATE INDEX cb_ops_job_execution_status ON BATCH_JOB_EXECUTION (STATUS, END_TIME);
-- the last completed run of each job and connection (its partition step, 'order-export:eu-shop')
CREATE INDEX cb_ops_step_execution_name ON BATCH_STEP_EXECUTION (STEP_NAME, STATUS, END_TIME);
CREATE INDEX cb_ops_inbound_file_state ON cb_inbound_file (state, received_at);
CREATE INDEX cb_ops_outbound_file_state ON cb_outbound_file (state, uploaded_at);
CREATE INDEX cb_ops_order_state ON cb_order (state, created_at);
