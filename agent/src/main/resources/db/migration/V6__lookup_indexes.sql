-- shipment-import finds the cart order of each confirmation by the order number the warehouse sent
-- (per chunk, an IN list of numbers): without this index every chunk read all of the partner's orders.
CREATE INDEX cb_order_number ON cb_order (partner, order_number);
-- inventory-import's as-of rule leaves out orders with a shipment applied (NOT EXISTS by cart order).
CREATE INDEX cb_shipment_order ON cb_shipment (partner, cart_order_id);
