-- The order-notes step reads a partner's sent orders whose cart note is still to be written, by id.
CREATE INDEX cb_order_unnoted ON cb_order (partner, state, noted, id);
