-- The ledger: what CartBridge sent and received, so that nothing is lost or sent twice.

-- Per-partner counters for control numbers (ISA13/GS06, UNB 0020, ...). A number is taken in the
-- same transaction as the ledger rows that use it, so it is never reused for different content.
CREATE TABLE cb_counter (
    partner      VARCHAR(64) NOT NULL,
    counter_name VARCHAR(32) NOT NULL,
    last_value   BIGINT      NOT NULL,
    PRIMARY KEY (partner, counter_name)
) ENGINE=InnoDB;

-- Files sent to a partner. The content is kept so that a retried upload sends the same bytes
-- under the same name, and an admin can see exactly what went out.
CREATE TABLE cb_outbound_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner        VARCHAR(64)  NOT NULL,
    format         VARCHAR(16)  NOT NULL,
    document_type  VARCHAR(16)  NOT NULL,
    control_number BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    document_count INT          NOT NULL,
    content        LONGBLOB     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    reason         VARCHAR(2000),
    created_at     DATETIME(6)  NOT NULL,
    uploaded_at    DATETIME(6),
    CONSTRAINT cb_outbound_file_control UNIQUE (partner, format, control_number),
    CONSTRAINT cb_outbound_file_name UNIQUE (partner, file_name),
    KEY cb_outbound_file_state (partner, state, id)
) ENGINE=InnoDB;

-- One row per (partner, cart order): HELD (with reason) until it can be sent, FILED once it is in
-- a rendered file, SENT once that file is on the partner's server.
CREATE TABLE cb_order (
    id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner                    VARCHAR(64)  NOT NULL,
    cart_order_id              VARCHAR(64)  NOT NULL,
    order_number               VARCHAR(64)  NOT NULL,
    state                      VARCHAR(16)  NOT NULL,
    reason                     VARCHAR(2000),
    file_id                    BIGINT,
    transaction_control_number VARCHAR(9),
    noted                      TINYINT(1)   NOT NULL DEFAULT 0,
    created_at                 DATETIME(6)  NOT NULL,
    updated_at                 DATETIME(6)  NOT NULL,
    sent_at                    DATETIME(6),
    CONSTRAINT cb_order_partner_cart_id UNIQUE (partner, cart_order_id),
    KEY cb_order_state (partner, state, id),
    KEY cb_order_file (file_id),
    CONSTRAINT cb_order_file_fk FOREIGN KEY (file_id) REFERENCES cb_outbound_file (id)
) ENGINE=InnoDB;
