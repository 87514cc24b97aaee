-- Who holds a piece of work that only one run may do at a time (collecting a partner's files, applying its
-- shipment or stock files). The lock itself is MariaDB's GET_LOCK, held by a connection for the length of a
-- step and freed by the server when that connection ends, a killed process included; this table only says
-- which host, process and job execution took it, so that a refused run can name the holder.
CREATE TABLE cb_work_lock (
    name      VARCHAR(200) NOT NULL PRIMARY KEY,
    holder    VARCHAR(255) NOT NULL,
    taken_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB;
