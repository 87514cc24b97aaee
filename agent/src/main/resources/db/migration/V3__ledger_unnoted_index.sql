-- The order-notes step reads a partner's sent orders whose cart note is still to be written, by id.
-- The index also serves every (partner, state) lookup, so it replaces cb_order_state: one index
-- less to maintain on each order filed.
CREATE INDEX cb_order_unnoted ON cb_order (partner, state, noted, id);
DROP INDEX cb_order_state ON cb_order;
