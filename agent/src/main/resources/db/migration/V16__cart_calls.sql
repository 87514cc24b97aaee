-- Write-back calls to a cart platform's API (write-back: api), one row per (store, order, shipment, action),
-- written in a transaction of its own once the platform has answered: CONFIRMED (the platform did it), FOUND
-- (the platform had it already: an earlier call whose record was lost), REFUSED (a 4xx, with the platform's
-- reason; never retried). A retried chunk or a restarted run skips the actions recorded here; one killed between
-- the platform's answer and this row's commit finds the change on the platform by looking first.
CREATE TABLE cb_cart_call (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store         VARCHAR(64)   NOT NULL,
    cart_order_id VARCHAR(64)   NOT NULL,
    shipment_id   VARCHAR(80)   NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    http_status   INT           NOT NULL DEFAULT 0,
    detail        VARCHAR(2000),
    recorded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT cb_cart_call_once UNIQUE (store, cart_order_id, shipment_id, action)
) ENGINE=InnoDB;
