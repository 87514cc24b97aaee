-- A home-made shop's tables (no cart platform): the shape the generic SQL plugin's example statements
-- (cartbridge-sql.properties) read and write. MariaDB version; schema-postgresql.sql is the same on PostgreSQL.

CREATE TABLE product (
  id          BIGINT       NOT NULL PRIMARY KEY,
  sku         VARCHAR(64)  NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  gtin        VARCHAR(14)  NULL,
  is_virtual  BOOLEAN      NOT NULL DEFAULT FALSE,   -- gift cards, downloads: never shipped
  track_stock BOOLEAN      NOT NULL DEFAULT TRUE,    -- false: the shop sells it whatever the count
  stock       INT          NOT NULL DEFAULT 0,
  updated_at  DATETIME     NULL
) CHARACTER SET utf8mb4;

CREATE TABLE customer_order (
  id            BIGINT       NOT NULL PRIMARY KEY,
  number        VARCHAR(20)  NOT NULL UNIQUE,        -- what the customer sees: T-5001
  status        VARCHAR(20)  NOT NULL,               -- new, paid, shipped, cancelled
  placed_at     DATETIME     NOT NULL,
  updated_at    DATETIME     NOT NULL,
  delivery      VARCHAR(40)  NULL,                   -- the shipping method chosen at checkout
  customer_note VARCHAR(500) NULL,
  email         VARCHAR(200) NULL,
  ship_name     VARCHAR(100) NULL,
  ship_company  VARCHAR(100) NULL,
  ship_street   VARCHAR(200) NULL,
  ship_street2  VARCHAR(200) NULL,
  ship_city     VARCHAR(100) NULL,
  ship_region   VARCHAR(50)  NULL,
  ship_zip      VARCHAR(20)  NULL,
  ship_country  CHAR(2)      NULL,
  ship_phone    VARCHAR(40)  NULL,
  carrier       VARCHAR(40)  NULL,
  service       VARCHAR(40)  NULL,                   -- the carrier's service level the warehouse confirmed
  tracking      VARCHAR(500) NULL,                   -- tracking numbers, comma separated
  shipped_on    DATE         NULL,
  KEY customer_order_status (status, id)
) CHARACTER SET utf8mb4;

CREATE TABLE order_item (
  id           BIGINT       NOT NULL PRIMARY KEY,
  order_id     BIGINT       NOT NULL,
  product_id   BIGINT       NULL,                    -- NULL once the product is deleted; the line keeps its SKU
  sku          VARCHAR(64)  NULL,                    -- copied from the product when ordered
  name         VARCHAR(200) NOT NULL,
  qty          INT          NOT NULL,
  refunded_qty INT          NOT NULL DEFAULT 0,
  KEY order_item_order (order_id),
  CONSTRAINT order_item_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) CHARACTER SET utf8mb4;

-- What each warehouse shipment shipped, per order and SKU: partial shipments add up.
CREATE TABLE order_shipment_item (
  order_id    BIGINT       NOT NULL,
  shipment_id VARCHAR(100) NOT NULL,
  sku         VARCHAR(64)  NOT NULL,
  qty         INT          NOT NULL,
  shipped_on  DATE         NOT NULL,
  PRIMARY KEY (order_id, shipment_id, sku)
) CHARACTER SET utf8mb4;

CREATE TABLE order_note (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id   BIGINT        NOT NULL,
  note       VARCHAR(2000) NOT NULL,
  created_at DATETIME      NOT NULL,
  KEY order_note_order (order_id)
) CHARACTER SET utf8mb4;
