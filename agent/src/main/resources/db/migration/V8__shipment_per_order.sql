-- A shipment is applied once per order it covers, not once per shipment id. One ship notice often
-- covers several orders: an 856 carries one BSN02 shipment id for a truck and one order level per
-- order, a 945 file may repeat a W06 shipment id across its orders, and a DESADV does the same. Keyed
-- on the shipment id alone, every order after the first was dropped without a trace while the file
-- was marked applied.
--
-- order_key is the order number, or '' when the warehouse named none. A NULL never collides with
-- another NULL in a unique key, so a notice without an order number would be recorded again from
-- every resent copy; such a notice cannot be applied to any order and is recorded once per shipment
-- id, as UNKNOWN_ORDER. order_number itself stays as the warehouse sent it (NULL when absent).
--
-- Existing ledgers keep every row: (partner, shipment_id) was unique, so (partner, shipment_id,
-- order_key) is too, and a row recorded before still stops its shipment from being applied again to
-- its order.
ALTER TABLE cb_shipment
    ADD COLUMN order_key VARCHAR(64) AS (COALESCE(order_number, '')) PERSISTENT AFTER order_number,
    DROP INDEX cb_shipment_id,
    ADD CONSTRAINT cb_shipment_per_order UNIQUE (partner, shipment_id, order_key);
