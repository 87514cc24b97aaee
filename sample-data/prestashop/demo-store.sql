-- A small PrestaShop 8.1 shop (shop 1 of shop group 1) for CartBridge's tests and demo, with the prefix ps_.
-- Order states and their flags as PrestaShop's installer creates them (install-dev/data/xml/order_state.xml):
-- 1 awaiting cheque, 2 payment accepted, 3 processing in progress, 4 shipped, 5 delivered, 6 canceled, 7 refunded.

INSERT INTO ps_order_state (id_order_state, invoice, send_email, module_name, color, unremovable, hidden, logable,
                            delivery, shipped, paid, pdf_invoice, pdf_delivery, deleted) VALUES
  (1, 0, 1, 'ps_checkpayment', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (2, 1, 1, NULL, '#3498D8', 1, 0, 1, 0, 0, 1, 1, 0, 0),
  (3, 1, 1, NULL, '#3498D8', 1, 0, 1, 1, 0, 1, 0, 0, 0),
  (4, 1, 1, NULL, '#01B887', 1, 0, 1, 1, 1, 1, 0, 0, 0),
  (5, 1, 0, NULL, '#01B887', 1, 0, 1, 1, 1, 1, 0, 0, 0),
  (6, 0, 1, NULL, '#2C3E50', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (7, 1, 1, NULL, '#01B887', 1, 0, 0, 0, 0, 0, 0, 0, 0);

INSERT INTO ps_configuration (id_shop_group, id_shop, name, value, date_add, date_upd) VALUES
  (NULL, NULL, 'PS_OS_PAYMENT', '2', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (NULL, NULL, 'PS_OS_PREPARATION', '3', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (NULL, NULL, 'PS_OS_SHIPPING', '4', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (NULL, NULL, 'PS_OS_DELIVERED', '5', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (NULL, NULL, 'PS_STOCK_MANAGEMENT', '1', '2026-01-01 00:00:00', '2026-01-01 00:00:00');

INSERT INTO ps_country (id_country, id_zone, iso_code, active, contains_states, display_tax_label) VALUES
  (1, 1, 'DE', 1, 0, 1), (8, 1, 'FR', 1, 0, 1), (21, 2, 'US', 1, 1, 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES
  (5, 21, 2, 'California', 'CA', 1);

-- carrier 2 was edited once: PrestaShop keeps the old version (deleted) and makes a new one (7) with the same id_reference
INSERT INTO ps_carrier (id_carrier, id_reference, name, active, deleted) VALUES
  (1, 1, 'Click and collect', 1, 0), (2, 2, 'My carrier', 0, 1), (7, 2, 'My carrier', 1, 0);

INSERT INTO ps_customer (id_customer, id_gender, firstname, lastname, email, passwd, date_add, date_upd) VALUES
  (1, 2, 'Zoë', 'Bélanger', 'zoe@example.com', 'x', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (2, 1, 'John', 'Doe', 'john@example.com', 'x', '2026-01-01 00:00:00', '2026-01-01 00:00:00');

-- address 1 was deleted by its customer after the order: PrestaShop only flags it
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, company, lastname, firstname, address1,
                        address2, postcode, city, phone, phone_mobile, date_add, date_upd, deleted) VALUES
  (1, 8, NULL, 1, 'Maison', NULL, 'Bélanger', 'Zoë', '12 rue de l''Église', 'Bâtiment B', '25000', 'Besançon',
   NULL, '+33 6 12 34 56 78', '2026-01-01 00:00:00', '2026-01-02 00:00:00', 1),
  (2, 21, 5, 2, 'Home', 'Acme Inc.', 'Doe', 'John', '1 Market Street', NULL, '94105', 'San Francisco',
   '+1 415 555 0100', NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0);

-- 1 mug; 2 a T-shirt with two combinations; 3 an e-book (virtual); 4 a poster without a reference
INSERT INTO ps_product (id_product, id_tax_rules_group, reference, ean13, is_virtual, product_type, active, date_add,
                        date_upd) VALUES
  (1, 1, 'MUG-1', '4006381333931', 0, 'standard', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (2, 1, 'TS', NULL, 0, 'combinations', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (3, 1, 'EBOOK', NULL, 1, 'virtual', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (4, 1, '', NULL, 0, 'standard', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
INSERT INTO ps_product_attribute (id_product_attribute, id_product, reference, default_on) VALUES
  (10, 2, 'TS-S', 1), (11, 2, 'TS-M', NULL);

-- quantity = physical_quantity - reserved_quantity; the product row of the T-shirt holds the sum of its combinations'
-- quantity, and reserves nothing itself (as a real PrestaShop 8.1.2 keeps it after orders of combinations)
INSERT INTO ps_stock_available (id_product, id_product_attribute, id_shop, id_shop_group, quantity, physical_quantity,
                                reserved_quantity, depends_on_stock, out_of_stock) VALUES
  (1, 0, 1, 0, 8, 10, 2, 0, 2),
  (2, 10, 1, 0, 5, 6, 1, 0, 2),
  (2, 11, 1, 0, 3, 5, 2, 0, 2),
  (2, 0, 1, 0, 8, 8, 0, 0, 2),
  (3, 0, 1, 0, 100, 100, 0, 0, 2),
  (4, 0, 1, 0, 7, 8, 1, 0, 2);

-- 1001 paid: 2 mugs, a small T-shirt, an e-book; 1002 processing: 3 medium T-shirts, 1 of them refunded;
-- 1003 awaiting a cheque; 1004 shipped; 1005 paid, split from the cart of 1002 (same reference): a poster without a
-- reference; 1006 refunded
INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart,
                       id_currency, id_address_delivery, id_address_invoice, current_state, payment, invoice_date,
                       delivery_date, valid, date_add, date_upd) VALUES
  (1001, 'XKBKNABJK', 1, 1, 7, 1, 1, 1, 1, 1, 1, 2, 'Bank wire', '2026-11-20 10:00:00', '0000-00-00 00:00:00', 1,
   '2026-11-20 10:00:00', '2026-11-20 10:00:00'),
  (1002, 'QWERTYUIO', 1, 1, 1, 1, 2, 2, 1, 2, 2, 3, 'Card', '2026-11-21 10:00:00', '0000-00-00 00:00:00', 1,
   '2026-11-21 10:00:00', '2026-11-21 10:00:00'),
  (1003, 'ASDFGHJKL', 1, 1, 1, 1, 2, 3, 1, 2, 2, 1, 'Cheque', '0000-00-00 00:00:00', '0000-00-00 00:00:00', 0,
   '2026-11-22 10:00:00', '2026-11-22 10:00:00'),
  (1004, 'ZXCVBNMAS', 1, 1, 1, 1, 2, 4, 1, 2, 2, 4, 'Card', '2026-11-22 11:00:00', '2026-11-23 11:00:00', 1,
   '2026-11-22 11:00:00', '2026-11-23 11:00:00'),
  (1005, 'QWERTYUIO', 1, 1, 1, 1, 2, 2, 1, 2, 2, 2, 'Card', '2026-11-21 10:00:00', '0000-00-00 00:00:00', 1,
   '2026-11-21 10:00:00', '2026-11-21 10:00:00'),
  (1006, 'POIUYTREW', 1, 1, 1, 1, 2, 5, 1, 2, 2, 7, 'Card', '2026-11-22 12:00:00', '0000-00-00 00:00:00', 0,
   '2026-11-22 12:00:00', '2026-11-22 12:00:00');

INSERT INTO ps_order_detail (id_order, id_shop, product_id, product_attribute_id, product_name, product_quantity,
                             product_quantity_refunded, product_reference, product_ean13, product_weight, tax_name) VALUES
  (1001, 1, 1, 0, 'Tasse « Été »', 2, 0, 'MUG-1', '4006381333931', 0.3, ''),
  (1001, 1, 2, 10, 'T-shirt - Taille : S', 1, 0, 'TS-S', NULL, 0.2, ''),
  (1001, 1, 3, 0, 'E-book', 1, 0, 'EBOOK', NULL, 0, ''),
  (1002, 1, 2, 11, 'T-shirt - Taille : M', 3, 1, 'TS-M', NULL, 0.2, ''),
  (1003, 1, 1, 0, 'Tasse « Été »', 1, 0, 'MUG-1', NULL, 0.3, ''),
  (1004, 1, 1, 0, 'Tasse « Été »', 1, 0, 'MUG-1', NULL, 0.3, ''),
  (1005, 1, 4, 0, 'Poster', 1, 0, '', NULL, 0.1, ''),
  (1006, 1, 1, 0, 'Tasse « Été »', 1, 1, 'MUG-1', NULL, 0.3, '');

INSERT INTO ps_order_carrier (id_order, id_carrier, weight, shipping_cost_tax_excl, shipping_cost_tax_incl,
                              tracking_number, date_add) VALUES
  (1001, 7, 0.8, 5, 6, '', '2026-11-20 10:00:00'), (1002, 1, 0.4, 0, 0, '', '2026-11-21 10:00:00'),
  (1003, 1, 0.3, 0, 0, '', '2026-11-22 10:00:00'), (1004, 1, 0.3, 0, 0, 'OLD-1', '2026-11-22 11:00:00'),
  (1005, 1, 0.1, 0, 0, '', '2026-11-21 10:00:00'), (1006, 1, 0.3, 0, 0, '', '2026-11-22 12:00:00');

INSERT INTO ps_order_history (id_employee, id_order, id_order_state, date_add) VALUES
  (0, 1001, 2, '2026-11-20 10:00:00'),
  (0, 1002, 2, '2026-11-21 10:00:00'), (1, 1002, 3, '2026-11-21 12:00:00'),
  (0, 1003, 1, '2026-11-22 10:00:00'),
  (0, 1004, 2, '2026-11-22 11:00:00'), (1, 1004, 4, '2026-11-23 11:00:00'),
  (0, 1005, 2, '2026-11-21 10:00:00'),
  (0, 1006, 2, '2026-11-22 12:00:00'), (1, 1006, 7, '2026-11-23 12:00:00');
