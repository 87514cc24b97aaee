-- Shipment confirmations applied to the cart: one row per warehouse shipment id, so a shipment is
-- applied once whatever file (or resent file) carries it.
CREATE TABLE cb_shipment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner          VARCHAR(64)  NOT NULL,
    shipment_id      VARCHAR(80)  NOT NULL,
    order_number     VARCHAR(64),
    cart_order_id    VARCHAR(64),
    inbound_file_id  BIGINT       NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    reason           VARCHAR(2000),
    carrier          VARCHAR(64),
    tracking_numbers VARCHAR(2000),
    order_complete   TINYINT(1)   NOT NULL DEFAULT 0,
    applied_at       DATETIME(6)  NOT NULL,
    CONSTRAINT cb_shipment_id UNIQUE (partner, shipment_id),
    KEY cb_shipment_file (inbound_file_id)
) ENGINE=InnoDB;
