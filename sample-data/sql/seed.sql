-- The example shop's catalog and orders (MariaDB and PostgreSQL alike).

INSERT INTO product (id, sku, name, gtin, is_virtual, track_stock, stock) VALUES
  (1, 'TEA-EARL',  'Earl Grey, 250 g',          '4006381333931', FALSE, TRUE,  40),
  (2, 'TEA-GREEN', 'Sencha grüner Tee, 100 g',  NULL,            FALSE, TRUE,  25),
  (3, 'MUG-WHITE', 'Porcelain mug, white',      NULL,            FALSE, TRUE,  10),
  (4, 'POT-CAST',  'Cast-iron teapot',          NULL,            FALSE, FALSE, 0),
  (5, 'GIFT-25',   'Gift card 25 EUR',          NULL,            TRUE,  FALSE, 0),
  (6, NULL,        'Tasting set (no SKU yet)',  NULL,            FALSE, TRUE,  3);

INSERT INTO customer_order (id, number, status, placed_at, updated_at, delivery, customer_note, email,
                            ship_name, ship_company, ship_street, ship_street2, ship_city, ship_region, ship_zip,
                            ship_country, ship_phone) VALUES
  (5001, 'T-5001', 'paid',    '2026-11-20 09:15:00', '2026-11-20 09:16:00', 'dhl-paket', 'Bitte beim Nachbarn abgeben',
   'juergen@example.de', 'Jürgen Groß', NULL, 'Maximilianstraße 12', '3. OG', 'München', 'BY', '80539', 'DE', '+49 89 123456'),
  (5002, 'T-5002', 'paid',    '2026-11-20 10:02:00', '2026-11-20 10:05:00', 'ups-ground', NULL,
   'ann@example.com', 'Ann Lee', 'Lee & Daughters', '3 Oak St', NULL, 'Austin', 'TX', '73301', 'US', '555-0100'),
  (5003, 'T-5003', 'new',     '2026-11-21 08:00:00', '2026-11-21 08:00:00', 'dhl-paket', NULL,
   'not-paid@example.de', 'Noch Nicht', NULL, 'Weg 1', NULL, 'Berlin', NULL, '10115', 'DE', NULL),
  (5004, 'T-5004', 'paid',    '2026-11-21 11:30:00', '2026-11-21 11:31:00', 'dhl-paket', NULL,
   'eva@example.at', 'Eva Berger', NULL, 'Ringstraße 5', NULL, 'Wien', NULL, '1010', 'AT', NULL),
  (5005, 'T-5005', 'shipped', '2026-11-18 14:00:00', '2026-11-19 09:00:00', 'ups-ground', NULL,
   'old@example.com', 'Old Order', NULL, '1 Main St', NULL, 'Boston', 'MA', '02108', 'US', NULL);

INSERT INTO order_item (id, order_id, product_id, sku, name, qty, refunded_qty) VALUES
  (1, 5001, 1,    'TEA-EARL',  'Earl Grey, 250 g',         2, 0),
  (2, 5001, 3,    'MUG-WHITE', 'Porcelain mug, white',     1, 0),
  (3, 5002, 2,    'TEA-GREEN', 'Sencha grüner Tee, 100 g', 4, 1),   -- one refunded: three to ship
  (4, 5002, 5,    'GIFT-25',   'Gift card 25 EUR',         1, 0),   -- virtual: never shipped
  (5, 5003, 1,    'TEA-EARL',  'Earl Grey, 250 g',         1, 0),
  (6, 5004, 6,    NULL,        'Tasting set (no SKU yet)', 1, 0),   -- no SKU: the order is held
  (7, 5005, 1,    'TEA-EARL',  'Earl Grey, 250 g',         1, 0);
