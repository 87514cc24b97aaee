-- A small Magento Open Source 2.4.6 shop with MSI (website base, store 1 "default", Default Stock 1, source "default"),
-- for CartBridge's tests and demo; tables without a prefix. Values are as Magento's installer and checkout write them:
-- a configurable line is a parent row (the child's SKU) and a child row; a bundle's children point to the bundle row,
-- and product_options says whether they ship separately (shipment_type 1) or together (0); every order placed left
-- one "order_placed" reservation per SKU (negative), and every shipment one "shipment_created" reservation balancing it.

-- the admin website, group and store have id 0, as Magento's installer writes them
SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');
INSERT INTO directory_country_region (region_id, country_id, code, default_name) VALUES
  (12, 'US', 'CA', 'California'), (23, 'US', 'IL', 'Illinois');

INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default) VALUES
  (0, 'admin', 'Admin', 0, 0, 0), (1, 'base', 'Main Website', 0, 1, 1);
INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code) VALUES
  (0, 0, 'Default', 0, 0, 'default'), (1, 1, 'Main Website Store', 2, 1, 'main_website_store');
INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) VALUES
  (0, 'admin', 0, 0, 'Admin', 0, 1), (1, 'default', 1, 1, 'Default Store View', 0, 1);

INSERT INTO sales_order_status (status, label) VALUES
  ('canceled', 'Canceled'), ('closed', 'Closed'), ('complete', 'Complete'), ('fraud', 'Suspected Fraud'),
  ('holded', 'On Hold'), ('payment_review', 'Payment Review'), ('pending', 'Pending'), ('processing', 'Processing');
INSERT INTO sales_order_status_state (status, state, is_default, visible_on_front) VALUES
  ('canceled', 'canceled', 1, 1), ('closed', 'closed', 1, 1), ('complete', 'complete', 1, 1),
  ('fraud', 'payment_review', 0, 1), ('fraud', 'processing', 0, 1), ('holded', 'holded', 1, 1),
  ('payment_review', 'payment_review', 1, 1), ('pending', 'new', 1, 1), ('processing', 'processing', 1, 1);

-- the sequences SalesSequence made at install for store 1: no prefix, start 1, step 1
INSERT INTO sales_sequence_meta (meta_id, entity_type, store_id, sequence_table) VALUES
  (1, 'order', 1, 'sequence_order_1'), (2, 'shipment', 1, 'sequence_shipment_1');
INSERT INTO sales_sequence_profile (profile_id, meta_id, prefix, suffix, start_value, step, max_value, warning_value, is_active) VALUES
  (1, 1, NULL, NULL, 1, 1, 4294967295, 4294966295, 1), (2, 2, NULL, NULL, 1, 1, 4294967295, 4294966295, 1);
INSERT INTO sequence_order_1 (sequence_value) VALUES (1), (2), (3), (4), (5), (6), (7), (8);
INSERT INTO sequence_shipment_1 (sequence_value) VALUES (1), (2), (3);

-- 1 mug; 2 a configurable T-shirt with children 3 and 4; 5 a gift box bundle (shipped separately) and 7 a starter kit
-- bundle (shipped together) of the mug and 6 the tea; 8 a virtual warranty; 9 a downloadable e-book; 11 a gift card
-- whose stock is not managed. Product 10 (POSTER-OLD) was deleted from the catalog after it was ordered.
INSERT INTO catalog_product_entity (entity_id, attribute_set_id, type_id, sku, has_options, required_options, created_at, updated_at) VALUES
  (1, 4, 'simple', 'MUG-1', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (2, 4, 'configurable', 'TS', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (3, 4, 'simple', 'TS-RED-M', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (4, 4, 'simple', 'TS-BLUE-L', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (5, 4, 'bundle', 'GIFT-BOX', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (6, 4, 'simple', 'TEA-50', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (7, 4, 'bundle', 'STARTER-KIT', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (8, 4, 'virtual', 'WARRANTY-1Y', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (9, 4, 'downloadable', 'EBOOK-1', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (11, 4, 'simple', 'GIFT-CARD', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00');

INSERT INTO inventory_source (source_code, name, enabled, country_id, postcode, use_default_carrier_config) VALUES
  ('default', 'Default Source', 1, 'US', '00000', 1);
INSERT INTO inventory_stock (stock_id, name) VALUES (1, 'Default Stock');
INSERT INTO inventory_source_stock_link (link_id, stock_id, source_code, priority) VALUES (1, 1, 'default', 1);
INSERT INTO inventory_stock_sales_channel (type, code, stock_id) VALUES ('website', 'base', 1);
INSERT INTO inventory_source_item (source_item_id, source_code, sku, quantity, status) VALUES
  (1, 'default', 'MUG-1', 100.0000, 1), (2, 'default', 'TS-RED-M', 10.0000, 1), (3, 'default', 'TS-BLUE-L', 5.0000, 1),
  (4, 'default', 'TEA-50', 40.0000, 1), (5, 'default', 'WARRANTY-1Y', 1000.0000, 1), (6, 'default', 'GIFT-CARD', 0.0000, 1);

-- the legacy stock Magento keeps beside MSI for the default source (stock 1, website 0)
INSERT INTO cataloginventory_stock (stock_id, website_id, stock_name) VALUES (1, 0, 'Default');
INSERT INTO cataloginventory_stock_item (item_id, product_id, stock_id, qty, is_in_stock, manage_stock, use_config_manage_stock, website_id) VALUES
  (1, 1, 1, 100.0000, 1, 1, 1, 0), (2, 2, 1, 0.0000, 1, 1, 1, 0), (3, 3, 1, 10.0000, 1, 1, 1, 0),
  (4, 4, 1, 5.0000, 1, 1, 1, 0), (5, 5, 1, 0.0000, 1, 1, 1, 0), (6, 6, 1, 40.0000, 1, 1, 1, 0),
  (7, 7, 1, 0.0000, 1, 1, 1, 0), (8, 8, 1, 1000.0000, 1, 1, 1, 0), (9, 9, 1, 0.0000, 1, 1, 1, 0),
  (11, 11, 1, 0.0000, 1, 0, 0, 0);
INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status) VALUES
  (1, 0, 1, 100.0000, 1), (2, 0, 1, 0.0000, 1), (3, 0, 1, 10.0000, 1), (4, 0, 1, 5.0000, 1), (5, 0, 1, 0.0000, 1),
  (6, 0, 1, 40.0000, 1), (7, 0, 1, 0.0000, 1), (8, 0, 1, 1000.0000, 1), (9, 0, 1, 0.0000, 1), (11, 0, 1, 0.0000, 1);

-- Orders. 1: mug x2, T-shirt red M (configurable), warranty (virtual); multi-line street, non-ASCII names.
-- 2: gift box x1 (mug x1 and tea x2 in each box, shipped separately) and a poster deleted from the catalog since.
-- 3: mug x3 of which 1 shipped (shipment 000000001), tea x2 of which 1 refunded: 2 mugs and 1 tea left to ship.
-- 4: held for payment review (suspected fraud). 5: everything physical shipped, only an e-book left: not to send.
-- 6: complete. 7: starter kit x1 (bundle shipped together). 8: mug x1, paid but not invoiced yet.
INSERT INTO sales_order (entity_id, state, status, shipping_description, is_virtual, store_id, customer_id, base_grand_total,
                         base_total_paid, grand_total, total_paid, total_qty_ordered, customer_is_guest, billing_address_id,
                         shipping_address_id, increment_id, base_currency_code, order_currency_code, customer_email,
                         customer_firstname, customer_lastname, shipping_method, customer_note, created_at, updated_at,
                         total_item_count) VALUES
  (1, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, 1, 85.0000, 85.0000, 85.0000, 85.0000, 4.0000, 0, 2, 1,
   '000000001', 'EUR', 'EUR', 'zoe@example.com', 'Zoë', 'Bélanger', 'flatrate_flatrate', 'Sonnez deux fois', '2026-03-01 09:00:00', '2026-03-01 09:05:00', 4),
  (2, 'processing', 'processing', 'Best Way - Table Rate', 0, 1, NULL, 60.0000, 60.0000, 60.0000, 60.0000, 5.0000, 1, 4, 3,
   '000000002', 'USD', 'USD', 'john@example.com', 'John', 'Doe', 'tablerate_bestway', NULL, '2026-03-01 10:00:00', '2026-03-01 10:05:00', 4),
  (3, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, 1, 40.0000, 40.0000, 40.0000, 40.0000, 5.0000, 0, 6, 5,
   '000000003', 'EUR', 'EUR', 'zoe@example.com', 'Zoë', 'Bélanger', 'flatrate_flatrate', NULL, '2026-03-02 09:00:00', '2026-03-03 09:00:00', 2),
  (4, 'payment_review', 'fraud', 'Flat Rate - Fixed', 0, 1, NULL, 20.0000, 0.0000, 20.0000, 0.0000, 1.0000, 1, 8, 7,
   '000000004', 'USD', 'USD', 'mallory@example.com', 'Mallory', 'Evans', 'flatrate_flatrate', NULL, '2026-03-02 10:00:00', '2026-03-02 10:00:00', 1),
  (5, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, NULL, 30.0000, 30.0000, 30.0000, 30.0000, 2.0000, 1, 10, 9,
   '000000005', 'USD', 'USD', 'john@example.com', 'John', 'Doe', 'flatrate_flatrate', NULL, '2026-03-02 11:00:00', '2026-03-02 12:00:00', 2),
  (6, 'complete', 'complete', 'Flat Rate - Fixed', 0, 1, NULL, 10.0000, 10.0000, 10.0000, 10.0000, 1.0000, 1, 12, 11,
   '000000006', 'USD', 'USD', 'john@example.com', 'John', 'Doe', 'flatrate_flatrate', NULL, '2026-03-02 12:00:00', '2026-03-02 13:00:00', 1),
  (7, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, NULL, 25.0000, 25.0000, 25.0000, 25.0000, 3.0000, 1, 14, 13,
   '000000007', 'USD', 'USD', 'john@example.com', 'John', 'Doe', 'flatrate_flatrate', NULL, '2026-03-03 09:00:00', '2026-03-03 09:05:00', 3),
  (8, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, NULL, 10.0000, 0.0000, 10.0000, 0.0000, 1.0000, 1, 16, 15,
   '000000008', 'USD', 'USD', 'john@example.com', 'John', 'Doe', 'flatrate_flatrate', NULL, '2026-03-03 10:00:00', '2026-03-03 10:05:00', 1);

INSERT INTO sales_order_address (entity_id, parent_id, region_id, address_type, firstname, lastname, company, street, city, region,
                                 postcode, country_id, telephone, email) VALUES
  (1, 1, NULL, 'shipping', 'Zoë', 'Bélanger', NULL, '12 rue de l''Église\nBâtiment B', 'Besançon', NULL, '25000', 'FR', '+33 6 12 34 56 78', 'zoe@example.com'),
  (2, 1, NULL, 'billing', 'Zoë', 'Bélanger', NULL, '12 rue de l''Église\nBâtiment B', 'Besançon', NULL, '25000', 'FR', '+33 6 12 34 56 78', 'zoe@example.com'),
  (3, 2, 12, 'shipping', 'John', 'Doe', 'Acme Inc.', '1 Market Street\nSuite 500\nFloor 5', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (4, 2, 12, 'billing', 'John', 'Doe', 'Acme Inc.', '1 Market Street\nSuite 500\nFloor 5', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (5, 3, NULL, 'shipping', 'Zoë', 'Bélanger', NULL, 'Kurfürstendamm 21', 'Berlin', NULL, '10719', 'DE', '+49 30 1234567', 'zoe@example.com'),
  (6, 3, NULL, 'billing', 'Zoë', 'Bélanger', NULL, 'Kurfürstendamm 21', 'Berlin', NULL, '10719', 'DE', '+49 30 1234567', 'zoe@example.com'),
  (7, 4, 23, 'shipping', 'Mallory', 'Evans', NULL, '9 Elm Road', 'Springfield', 'Illinois', '62701', 'US', '+1 217 555 0199', 'mallory@example.com'),
  (8, 4, 23, 'billing', 'Mallory', 'Evans', NULL, '9 Elm Road', 'Springfield', 'Illinois', '62701', 'US', '+1 217 555 0199', 'mallory@example.com'),
  (9, 5, 12, 'shipping', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (10, 5, 12, 'billing', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (11, 6, 12, 'shipping', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (12, 6, 12, 'billing', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (13, 7, 12, 'shipping', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (14, 7, 12, 'billing', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (15, 8, 12, 'shipping', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com'),
  (16, 8, 12, 'billing', 'John', 'Doe', NULL, '1 Market Street', 'San Francisco', 'California', '94105', 'US', '+1 415 555 0100', 'john@example.com');

INSERT INTO sales_order_item (item_id, order_id, parent_item_id, store_id, product_id, product_type, product_options,
                              is_virtual, sku, name, qty_ordered, qty_invoiced, qty_shipped, qty_refunded, qty_canceled,
                              price, base_price, row_total, base_row_total, weight, row_weight) VALUES
  (1, 1, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":2}}', 0, 'MUG-1', 'Mug', 2, 2, 0, 0, 0, 10, 10, 20, 20, 0.4, 0.8),
  (2, 1, NULL, 1, 2, 'configurable', '{"info_buyRequest":{"qty":1},"simple_sku":"TS-RED-M","simple_name":"T-shirt Red M"}', 0, 'TS-RED-M', 'T-shirt', 1, 1, 0, 0, 0, 25, 25, 25, 25, 0.2, 0.2),
  (3, 1, 2, 1, 3, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'TS-RED-M', 'T-shirt Red M', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0),
  (4, 1, NULL, 1, 8, 'virtual', '{"info_buyRequest":{"qty":1}}', 1, 'WARRANTY-1Y', 'Warranty 1 year', 1, 1, 0, 0, 0, 40, 40, 40, 40, NULL, NULL),
  (5, 2, NULL, 1, 5, 'bundle', '{"info_buyRequest":{"qty":1},"shipment_type":"1","product_calculations":"0"}', 0, 'GIFT-BOX-MUG-1-TEA-50', 'Gift box', 1, 1, 0, 0, 0, 50, 50, 50, 50, 1, 1),
  (6, 2, 5, 1, 1, 'simple', '{"info_buyRequest":{"qty":1},"bundle_selection_attributes":"{\\"price\\":10,\\"qty\\":1,\\"option_label\\":\\"Mug\\",\\"option_id\\":\\"1\\"}"}', 0, 'MUG-1', 'Mug', 1, 1, 0, 0, 0, 10, 10, 10, 10, 0.4, 0.4),
  (7, 2, 5, 1, 6, 'simple', '{"info_buyRequest":{"qty":1},"bundle_selection_attributes":"{\\"price\\":20,\\"qty\\":2,\\"option_label\\":\\"Tea\\",\\"option_id\\":\\"2\\"}"}', 0, 'TEA-50', 'Tea 50 bags', 2, 2, 0, 0, 0, 20, 20, 40, 40, 0.3, 0.6),
  (8, 2, NULL, 1, 10, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'POSTER-OLD', 'Poster (discontinued)', 1, 1, 0, 0, 0, 10, 10, 10, 10, 0.1, 0.1),
  (9, 3, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":3}}', 0, 'MUG-1', 'Mug', 3, 3, 1, 0, 0, 10, 10, 30, 30, 0.4, 1.2),
  (10, 3, NULL, 1, 6, 'simple', '{"info_buyRequest":{"qty":2}}', 0, 'TEA-50', 'Tea 50 bags', 2, 2, 0, 1, 0, 5, 5, 10, 10, 0.3, 0.6),
  (11, 4, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'MUG-1', 'Mug', 1, 0, 0, 0, 0, 10, 10, 10, 10, 0.4, 0.4),
  (12, 5, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'MUG-1', 'Mug', 1, 1, 1, 0, 0, 10, 10, 10, 10, 0.4, 0.4),
  (13, 5, NULL, 1, 9, 'downloadable', '{"info_buyRequest":{"qty":1}}', 1, 'EBOOK-1', 'E-book', 1, 1, 0, 0, 0, 20, 20, 20, 20, NULL, NULL),
  (14, 6, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'MUG-1', 'Mug', 1, 1, 1, 0, 0, 10, 10, 10, 10, 0.4, 0.4),
  (15, 7, NULL, 1, 7, 'bundle', '{"info_buyRequest":{"qty":1},"shipment_type":"0","product_calculations":"1"}', 0, 'STARTER-KIT', 'Starter kit', 1, 1, 0, 0, 0, 25, 25, 25, 25, 0.7, 0.7),
  (16, 7, 15, 1, 1, 'simple', '{"info_buyRequest":{"qty":1},"bundle_selection_attributes":"{\\"price\\":0,\\"qty\\":1,\\"option_label\\":\\"Mug\\",\\"option_id\\":\\"3\\"}"}', 0, 'MUG-1', 'Mug', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0.4, 0.4),
  (17, 7, 15, 1, 6, 'simple', '{"info_buyRequest":{"qty":1},"bundle_selection_attributes":"{\\"price\\":0,\\"qty\\":1,\\"option_label\\":\\"Tea\\",\\"option_id\\":\\"4\\"}"}', 0, 'TEA-50', 'Tea 50 bags', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.3),
  (18, 8, NULL, 1, 1, 'simple', '{"info_buyRequest":{"qty":1}}', 0, 'MUG-1', 'Mug', 1, 0, 0, 0, 0, 10, 10, 10, 10, 0.4, 0.4);

-- earlier shipments: order 3's first mug, order 5's mug and order 6's mug
INSERT INTO sales_shipment (entity_id, store_id, total_qty, order_id, shipping_address_id, billing_address_id, increment_id,
                            created_at, updated_at) VALUES
  (1, 1, 1.0000, 3, 5, 6, '000000001', '2026-03-03 09:00:00', '2026-03-03 09:00:00'),
  (2, 1, 1.0000, 5, 9, 10, '000000002', '2026-03-02 12:00:00', '2026-03-02 12:00:00'),
  (3, 1, 1.0000, 6, 11, 12, '000000003', '2026-03-02 13:00:00', '2026-03-02 13:00:00');
INSERT INTO sales_shipment_item (entity_id, parent_id, price, weight, qty, product_id, order_item_id, name, sku) VALUES
  (1, 1, 10, 0.4, 1, 1, 9, 'Mug', 'MUG-1'), (2, 2, 10, 0.4, 1, 1, 12, 'Mug', 'MUG-1'), (3, 3, 10, 0.4, 1, 1, 14, 'Mug', 'MUG-1');
INSERT INTO sales_shipment_track (entity_id, parent_id, order_id, track_number, title, carrier_code, created_at, updated_at) VALUES
  (1, 1, 3, '00340434161094042557', 'DHL', 'dhl', '2026-03-03 09:00:00', '2026-03-03 09:00:00');
INSERT INTO inventory_shipment_source (shipment_id, source_code) VALUES (1, 'default'), (2, 'default'), (3, 'default');

INSERT INTO sales_order_grid (entity_id, status, store_id, store_name, customer_id, base_grand_total, base_total_paid,
                              grand_total, total_paid, increment_id, base_currency_code, order_currency_code, shipping_name,
                              billing_name, created_at, updated_at, billing_address, shipping_address, shipping_information,
                              customer_email, customer_group, subtotal, shipping_and_handling, customer_name, payment_method) VALUES
  (1, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', 1, 85, 85, 85, 85, '000000001', 'EUR', 'EUR', 'Zoë Bélanger', 'Zoë Bélanger', '2026-03-01 09:00:00', '2026-03-01 09:05:00', '12 rue de l''Église Bâtiment B,Besançon,,25000', '12 rue de l''Église Bâtiment B,Besançon,,25000', 'Flat Rate - Fixed', 'zoe@example.com', '1', 80, 5, 'Zoë Bélanger', 'checkmo'),
  (2, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 60, 60, 60, 60, '000000002', 'USD', 'USD', 'John Doe', 'John Doe', '2026-03-01 10:00:00', '2026-03-01 10:05:00', '1 Market Street Suite 500 Floor 5,San Francisco,California,94105', '1 Market Street Suite 500 Floor 5,San Francisco,California,94105', 'Best Way - Table Rate', 'john@example.com', '0', 60, 0, 'John Doe', 'checkmo'),
  (3, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', 1, 40, 40, 40, 40, '000000003', 'EUR', 'EUR', 'Zoë Bélanger', 'Zoë Bélanger', '2026-03-02 09:00:00', '2026-03-03 09:00:00', 'Kurfürstendamm 21,Berlin,,10719', 'Kurfürstendamm 21,Berlin,,10719', 'Flat Rate - Fixed', 'zoe@example.com', '1', 40, 0, 'Zoë Bélanger', 'checkmo'),
  (4, 'fraud', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 20, 0, 20, 0, '000000004', 'USD', 'USD', 'Mallory Evans', 'Mallory Evans', '2026-03-02 10:00:00', '2026-03-02 10:00:00', '9 Elm Road,Springfield,Illinois,62701', '9 Elm Road,Springfield,Illinois,62701', 'Flat Rate - Fixed', 'mallory@example.com', '0', 10, 10, 'Mallory Evans', 'checkmo'),
  (5, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 30, 30, 30, 30, '000000005', 'USD', 'USD', 'John Doe', 'John Doe', '2026-03-02 11:00:00', '2026-03-02 12:00:00', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'Flat Rate - Fixed', 'john@example.com', '0', 30, 0, 'John Doe', 'checkmo'),
  (6, 'complete', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 10, 10, 10, 10, '000000006', 'USD', 'USD', 'John Doe', 'John Doe', '2026-03-02 12:00:00', '2026-03-02 13:00:00', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'Flat Rate - Fixed', 'john@example.com', '0', 10, 0, 'John Doe', 'checkmo'),
  (7, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 25, 25, 25, 25, '000000007', 'USD', 'USD', 'John Doe', 'John Doe', '2026-03-03 09:00:00', '2026-03-03 09:05:00', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'Flat Rate - Fixed', 'john@example.com', '0', 25, 0, 'John Doe', 'checkmo'),
  (8, 'processing', 1, 'Main Website\nMain Website Store\nDefault Store View', NULL, 10, 0, 10, 0, '000000008', 'USD', 'USD', 'John Doe', 'John Doe', '2026-03-03 10:00:00', '2026-03-03 10:05:00', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'Flat Rate - Fixed', 'john@example.com', '0', 10, 0, 'John Doe', 'checkmo');
INSERT INTO sales_shipment_grid (entity_id, increment_id, store_id, order_increment_id, order_id, order_created_at, customer_name,
                                 total_qty, order_status, billing_address, shipping_address, billing_name, shipping_name,
                                 customer_email, customer_group_id, payment_method, shipping_information, created_at, updated_at) VALUES
  (1, '000000001', 1, '000000003', 3, '2026-03-02 09:00:00', 'Zoë Bélanger', 1, 'processing', 'Kurfürstendamm 21,Berlin,,10719', 'Kurfürstendamm 21,Berlin,,10719', 'Zoë Bélanger', 'Zoë Bélanger', 'zoe@example.com', 1, 'checkmo', 'Flat Rate - Fixed', '2026-03-03 09:00:00', '2026-03-03 09:00:00'),
  (2, '000000002', 1, '000000005', 5, '2026-03-02 11:00:00', 'John Doe', 1, 'processing', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'John Doe', 'John Doe', 'john@example.com', 0, 'checkmo', 'Flat Rate - Fixed', '2026-03-02 12:00:00', '2026-03-02 12:00:00'),
  (3, '000000003', 1, '000000006', 6, '2026-03-02 12:00:00', 'John Doe', 1, 'complete', '1 Market Street,San Francisco,California,94105', '1 Market Street,San Francisco,California,94105', 'John Doe', 'John Doe', 'john@example.com', 0, 'checkmo', 'Flat Rate - Fixed', '2026-03-02 13:00:00', '2026-03-02 13:00:00');

-- MSI reservations as checkout, shipping and refunding wrote them (Default Stock 1): an order's placement reservation
-- (its object_id empty: Magento 2.4.6 places it before the order has an id, seen on the real install) per SKU (the children's SKUs of configurable and bundle lines), less what shipped or was refunded since; order 6's
-- pair was cleaned up by Magento's inventory_cleanup_reservations cron. The source quantities above already had the
-- shipped units deducted.
INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata) VALUES
  (1, 'MUG-1', -2.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000001"}'),
  (1, 'TS-RED-M', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000001"}'),
  (1, 'WARRANTY-1Y', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000001"}'),
  (1, 'MUG-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000002"}'),
  (1, 'TEA-50', -2.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000002"}'),
  (1, 'POSTER-OLD', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000002"}'),
  (1, 'MUG-1', -3.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000003"}'),
  (1, 'TEA-50', -2.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000003"}'),
  (1, 'MUG-1', 1.0000, '{"event_type":"shipment_created","object_type":"order","object_id":"3","object_increment_id":"000000003"}'),
  (1, 'TEA-50', 1.0000, '{"event_type":"creditmemo_created","object_type":"order","object_id":"3","object_increment_id":"000000003"}'),
  (1, 'MUG-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000004"}'),
  (1, 'MUG-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000005"}'),
  (1, 'EBOOK-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000005"}'),
  (1, 'MUG-1', 1.0000, '{"event_type":"shipment_created","object_type":"order","object_id":"5","object_increment_id":"000000005"}'),
  (1, 'MUG-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000007"}'),
  (1, 'TEA-50', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000007"}'),
  (1, 'MUG-1', -1.0000, '{"event_type":"order_placed","object_type":"order","object_id":"","object_increment_id":"000000008"}');
