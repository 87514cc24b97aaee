-- Magento Open Source 2.4.6: the tables CartBridge reads and writes, written from Magento's own declarative
-- schema (vendor/magento/module-*/etc/db_schema.xml of the 2.4.6 release: Directory, Store, Catalog, CatalogInventory, Sales,
-- SalesSequence, Inventory, InventoryReservations, InventoryShipping, InventorySales), column for column as declared
-- (type, length, nullability, default, comment), keys and foreign keys among these tables. Large tables keep only the
-- columns CartBridge and its tests use, plus every NOT NULL column without a default. Table names carry no prefix;
-- an install with a prefix has it on every table (the plugin's table-prefix setting).
-- The per-store sequence table is created by Magento's SalesSequence builder (Framework\DB\Ddl\Sequence), not by
-- db_schema.xml: its DDL is at the end.
-- Source: controlaltdelete-nl/magento2-code-tracker, branch magento-2.4.6 (commit 453691dfcd866eb626abfc85b2aa15f1243256fd,
-- the same packages as the release). Checked against a real 2.4.6 install (tools/real-carts/magento): every table here
-- has the same columns (type, nullability, default) and indexes there.

-- directory: Directory Country Region
CREATE TABLE `directory_country_region` (
  `region_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Region ID',
  `country_id` varchar(4) NOT NULL DEFAULT '0' COMMENT 'Country ID in ISO-2',
  `code` varchar(32) NULL DEFAULT NULL COMMENT 'Region code',
  `default_name` varchar(255) NULL DEFAULT NULL COMMENT 'Region Name',
  PRIMARY KEY (`region_id`),
  KEY `DIRECTORY_COUNTRY_REGION_COUNTRY_ID` (`country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Directory Country Region';

-- store: Websites
CREATE TABLE `store_website` (
  `website_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Website ID',
  `code` varchar(32) NULL DEFAULT NULL COMMENT 'Code',
  `name` varchar(64) NULL DEFAULT NULL COMMENT 'Website Name',
  `sort_order` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Sort Order',
  `default_group_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Default Group ID',
  `is_default` smallint(5) unsigned NULL DEFAULT '0' COMMENT 'Defines Is Website Default',
  PRIMARY KEY (`website_id`),
  UNIQUE KEY `STORE_WEBSITE_CODE` (`code`),
  KEY `STORE_WEBSITE_SORT_ORDER` (`sort_order`),
  KEY `STORE_WEBSITE_DEFAULT_GROUP_ID` (`default_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Websites';

-- store: Store Groups
CREATE TABLE `store_group` (
  `group_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Group ID',
  `website_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Website ID',
  `name` varchar(255) NOT NULL COMMENT 'Store Group Name',
  `root_category_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT 'Root Category ID',
  `default_store_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Default Store ID',
  `code` varchar(32) NULL DEFAULT NULL COMMENT 'Store group unique code',
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `STORE_GROUP_CODE` (`code`),
  KEY `STORE_GROUP_WEBSITE_ID` (`website_id`),
  KEY `STORE_GROUP_DEFAULT_STORE_ID` (`default_store_id`),
  CONSTRAINT `STORE_GROUP_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID` FOREIGN KEY (`website_id`) REFERENCES `store_website` (`website_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Store Groups';

-- store: Stores
CREATE TABLE `store` (
  `store_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Store ID',
  `code` varchar(32) NULL DEFAULT NULL COMMENT 'Code',
  `website_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Website ID',
  `group_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Group ID',
  `name` varchar(255) NOT NULL COMMENT 'Store Name',
  `sort_order` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Store Sort Order',
  `is_active` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Store Activity',
  PRIMARY KEY (`store_id`),
  UNIQUE KEY `STORE_CODE` (`code`),
  KEY `STORE_WEBSITE_ID` (`website_id`),
  KEY `STORE_IS_ACTIVE_SORT_ORDER` (`is_active`, `sort_order`),
  KEY `STORE_GROUP_ID` (`group_id`),
  CONSTRAINT `STORE_GROUP_ID_STORE_GROUP_GROUP_ID` FOREIGN KEY (`group_id`) REFERENCES `store_group` (`group_id`) ON DELETE CASCADE,
  CONSTRAINT `STORE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID` FOREIGN KEY (`website_id`) REFERENCES `store_website` (`website_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Stores';

-- catalog: Catalog Product Table
CREATE TABLE `catalog_product_entity` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `attribute_set_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Attribute Set ID',
  `type_id` varchar(32) NOT NULL DEFAULT 'simple' COMMENT 'Type ID',
  `sku` varchar(64) NOT NULL COMMENT 'SKU',
  `has_options` smallint(6) NOT NULL DEFAULT '0' COMMENT 'Has Options',
  `required_options` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Required Options',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Creation Time',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`entity_id`),
  KEY `CATALOG_PRODUCT_ENTITY_ATTRIBUTE_SET_ID` (`attribute_set_id`),
  KEY `CATALOG_PRODUCT_ENTITY_SKU` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Catalog Product Table';

-- catalog-inventory: Cataloginventory Stock
CREATE TABLE `cataloginventory_stock` (
  `stock_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Stock ID',
  `website_id` smallint(5) unsigned NOT NULL COMMENT 'Website ID',
  `stock_name` varchar(255) NULL DEFAULT NULL COMMENT 'Stock Name',
  PRIMARY KEY (`stock_id`),
  KEY `CATALOGINVENTORY_STOCK_WEBSITE_ID` (`website_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Cataloginventory Stock';

-- catalog-inventory: Cataloginventory Stock Item
CREATE TABLE `cataloginventory_stock_item` (
  `item_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Item ID',
  `product_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT 'Product ID',
  `stock_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Stock ID',
  `qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Qty',
  `min_qty` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Min Qty',
  `use_config_min_qty` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Min Qty',
  `is_qty_decimal` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is Qty Decimal',
  `backorders` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Backorders',
  `use_config_backorders` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Backorders',
  `min_sale_qty` decimal(12,4) NOT NULL DEFAULT '1' COMMENT 'Min Sale Qty',
  `use_config_min_sale_qty` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Min Sale Qty',
  `max_sale_qty` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Max Sale Qty',
  `use_config_max_sale_qty` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Max Sale Qty',
  `is_in_stock` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is In Stock',
  `low_stock_date` timestamp NULL DEFAULT NULL COMMENT 'Low Stock Date',
  `notify_stock_qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Notify Stock Qty',
  `use_config_notify_stock_qty` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Notify Stock Qty',
  `manage_stock` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Manage Stock',
  `use_config_manage_stock` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Manage Stock',
  `stock_status_changed_auto` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Stock Status Changed Automatically',
  `use_config_qty_increments` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Qty Increments',
  `qty_increments` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Qty Increments',
  `use_config_enable_qty_inc` smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Use Config Enable Qty Increments',
  `enable_qty_increments` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Enable Qty Increments',
  `is_decimal_divided` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is Divided into Multiple Boxes for Shipping',
  `website_id` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Website ID',
  PRIMARY KEY (`item_id`),
  UNIQUE KEY `CATALOGINVENTORY_STOCK_ITEM_PRODUCT_ID_STOCK_ID` (`product_id`, `stock_id`),
  KEY `CATALOGINVENTORY_STOCK_ITEM_WEBSITE_ID` (`website_id`),
  KEY `CATALOGINVENTORY_STOCK_ITEM_WEBSITE_ID_PRODUCT_ID` (`website_id`, `product_id`),
  KEY `CATALOGINVENTORY_STOCK_ITEM_STOCK_ID` (`stock_id`),
  CONSTRAINT `CATINV_STOCK_ITEM_PRD_ID_CAT_PRD_ENTT_ENTT_ID` FOREIGN KEY (`product_id`) REFERENCES `catalog_product_entity` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `CATINV_STOCK_ITEM_STOCK_ID_CATINV_STOCK_STOCK_ID` FOREIGN KEY (`stock_id`) REFERENCES `cataloginventory_stock` (`stock_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Cataloginventory Stock Item';

-- catalog-inventory: Cataloginventory Stock Status
CREATE TABLE `cataloginventory_stock_status` (
  `product_id` int(10) unsigned NOT NULL COMMENT 'Product ID',
  `website_id` smallint(5) unsigned NOT NULL COMMENT 'Website ID',
  `stock_id` smallint(5) unsigned NOT NULL COMMENT 'Stock ID',
  `qty` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Qty',
  `stock_status` smallint(5) unsigned NOT NULL COMMENT 'Stock Status',
  PRIMARY KEY (`product_id`, `website_id`, `stock_id`),
  KEY `CATALOGINVENTORY_STOCK_STATUS_STOCK_ID` (`stock_id`),
  KEY `CATALOGINVENTORY_STOCK_STATUS_WEBSITE_ID` (`website_id`),
  KEY `CATALOGINVENTORY_STOCK_STATUS_STOCK_STATUS` (`stock_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Cataloginventory Stock Status';

-- sales: Sales Flat Order
CREATE TABLE `sales_order` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `state` varchar(32) NULL DEFAULT NULL COMMENT 'State',
  `status` varchar(32) NULL DEFAULT NULL COMMENT 'Status',
  `shipping_description` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Description',
  `is_virtual` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Is Virtual',
  `store_id` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Store ID',
  `customer_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Customer ID',
  `base_grand_total` decimal(20,4) NULL DEFAULT NULL COMMENT 'Base Grand Total',
  `base_total_paid` decimal(20,4) NULL DEFAULT NULL COMMENT 'Base Total Paid',
  `grand_total` decimal(20,4) NULL DEFAULT NULL COMMENT 'Grand Total',
  `total_paid` decimal(20,4) NULL DEFAULT NULL COMMENT 'Total Paid',
  `total_qty_ordered` decimal(12,4) NULL DEFAULT NULL COMMENT 'Total Qty Ordered',
  `customer_is_guest` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Customer Is Guest',
  `billing_address_id` int(11) NULL DEFAULT NULL COMMENT 'Billing Address ID',
  `customer_group_id` int(11) NULL DEFAULT NULL,
  `email_sent` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Email Sent',
  `send_email` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Send Email',
  `shipping_address_id` int(11) NULL DEFAULT NULL COMMENT 'Shipping Address ID',
  `base_total_due` decimal(20,4) NULL DEFAULT NULL COMMENT 'Base Total Due',
  `total_due` decimal(20,4) NULL DEFAULT NULL COMMENT 'Total Due',
  `weight` decimal(12,4) NULL DEFAULT NULL COMMENT 'Weight',
  `increment_id` varchar(50) NULL DEFAULT NULL COMMENT 'Increment ID',
  `base_currency_code` varchar(3) NULL DEFAULT NULL COMMENT 'Base Currency Code',
  `customer_email` varchar(128) NULL DEFAULT NULL COMMENT 'Customer Email',
  `customer_firstname` varchar(128) NULL DEFAULT NULL COMMENT 'Customer Firstname',
  `customer_lastname` varchar(128) NULL DEFAULT NULL COMMENT 'Customer Lastname',
  `order_currency_code` varchar(3) NULL DEFAULT NULL COMMENT 'Order Currency Code',
  `shipping_method` varchar(120) NULL DEFAULT NULL,
  `customer_note` text NULL COMMENT 'Customer Note',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Updated At',
  `total_item_count` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Total Item Count',
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `SALES_ORDER_INCREMENT_ID_STORE_ID` (`increment_id`, `store_id`),
  KEY `SALES_ORDER_STATUS` (`status`),
  KEY `SALES_ORDER_STATE` (`state`),
  KEY `SALES_ORDER_STORE_ID` (`store_id`),
  KEY `SALES_ORDER_CREATED_AT` (`created_at`),
  KEY `SALES_ORDER_CUSTOMER_ID` (`customer_id`),
  KEY `SALES_ORDER_UPDATED_AT` (`updated_at`),
  KEY `SALES_ORDER_SEND_EMAIL` (`send_email`),
  KEY `SALES_ORDER_EMAIL_SENT` (`email_sent`),
  CONSTRAINT `SALES_ORDER_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order';

-- sales: Sales Flat Order Grid
CREATE TABLE `sales_order_grid` (
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Entity ID',
  `status` varchar(32) NULL DEFAULT NULL COMMENT 'Status',
  `store_id` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Store ID',
  `store_name` varchar(255) NULL DEFAULT NULL COMMENT 'Store Name',
  `customer_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Customer ID',
  `base_grand_total` decimal(20,4) NULL DEFAULT NULL COMMENT 'Base Grand Total',
  `base_total_paid` decimal(20,4) NULL DEFAULT NULL COMMENT 'Base Total Paid',
  `grand_total` decimal(20,4) NULL DEFAULT NULL COMMENT 'Grand Total',
  `total_paid` decimal(20,4) NULL DEFAULT NULL COMMENT 'Total Paid',
  `increment_id` varchar(50) NULL DEFAULT NULL COMMENT 'Increment ID',
  `base_currency_code` varchar(3) NULL DEFAULT NULL COMMENT 'Base Currency Code',
  `order_currency_code` varchar(255) NULL DEFAULT NULL COMMENT 'Order Currency Code',
  `shipping_name` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Name',
  `billing_name` varchar(255) NULL DEFAULT NULL COMMENT 'Billing Name',
  `created_at` timestamp NULL DEFAULT NULL COMMENT 'Created At',
  `updated_at` timestamp NULL DEFAULT NULL COMMENT 'Updated At',
  `billing_address` varchar(255) NULL DEFAULT NULL COMMENT 'Billing Address',
  `shipping_address` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Address',
  `shipping_information` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Method Name',
  `customer_email` varchar(255) NULL DEFAULT NULL COMMENT 'Customer Email',
  `customer_group` varchar(255) NULL DEFAULT NULL COMMENT 'Customer Group',
  `subtotal` decimal(20,4) NULL DEFAULT NULL COMMENT 'Subtotal',
  `shipping_and_handling` decimal(20,4) NULL DEFAULT NULL COMMENT 'Shipping and handling amount',
  `customer_name` varchar(255) NULL DEFAULT NULL COMMENT 'Customer Name',
  `payment_method` varchar(255) NULL DEFAULT NULL COMMENT 'Payment Method',
  `total_refunded` decimal(20,4) NULL DEFAULT NULL COMMENT 'Total Refunded',
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `SALES_ORDER_GRID_INCREMENT_ID_STORE_ID` (`increment_id`, `store_id`),
  KEY `SALES_ORDER_GRID_STATUS` (`status`),
  KEY `SALES_ORDER_GRID_STORE_ID` (`store_id`),
  KEY `SALES_ORDER_GRID_BASE_GRAND_TOTAL` (`base_grand_total`),
  KEY `SALES_ORDER_GRID_BASE_TOTAL_PAID` (`base_total_paid`),
  KEY `SALES_ORDER_GRID_GRAND_TOTAL` (`grand_total`),
  KEY `SALES_ORDER_GRID_TOTAL_PAID` (`total_paid`),
  KEY `SALES_ORDER_GRID_SHIPPING_NAME` (`shipping_name`),
  KEY `SALES_ORDER_GRID_BILLING_NAME` (`billing_name`),
  KEY `SALES_ORDER_GRID_CREATED_AT` (`created_at`),
  KEY `SALES_ORDER_GRID_CUSTOMER_ID` (`customer_id`),
  KEY `SALES_ORDER_GRID_UPDATED_AT` (`updated_at`),
  FULLTEXT KEY `FTI_65B9E9925EC58F0C7C2E2F6379C233E7` (`increment_id`, `billing_name`, `shipping_name`, `shipping_address`, `billing_address`, `customer_name`, `customer_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Grid';

-- sales: Sales Flat Order Address
CREATE TABLE `sales_order_address` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `parent_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Parent ID',
  `customer_address_id` int(11) NULL DEFAULT NULL COMMENT 'Customer Address ID',
  `quote_address_id` int(11) NULL DEFAULT NULL COMMENT 'Quote Address ID',
  `region_id` int(11) NULL DEFAULT NULL COMMENT 'Region ID',
  `customer_id` int(11) NULL DEFAULT NULL COMMENT 'Customer ID',
  `fax` varchar(255) NULL DEFAULT NULL COMMENT 'Fax',
  `region` varchar(255) NULL DEFAULT NULL COMMENT 'Region',
  `postcode` varchar(255) NULL DEFAULT NULL COMMENT 'Postcode',
  `lastname` varchar(255) NULL DEFAULT NULL COMMENT 'Lastname',
  `street` varchar(255) NULL DEFAULT NULL COMMENT 'Street',
  `city` varchar(255) NULL DEFAULT NULL COMMENT 'City',
  `email` varchar(255) NULL DEFAULT NULL COMMENT 'Email',
  `telephone` varchar(255) NULL DEFAULT NULL COMMENT 'Phone Number',
  `country_id` varchar(2) NULL DEFAULT NULL COMMENT 'Country ID',
  `firstname` varchar(255) NULL DEFAULT NULL COMMENT 'Firstname',
  `address_type` varchar(255) NULL DEFAULT NULL COMMENT 'Address Type',
  `prefix` varchar(255) NULL DEFAULT NULL COMMENT 'Prefix',
  `middlename` varchar(255) NULL DEFAULT NULL COMMENT 'Middlename',
  `suffix` varchar(255) NULL DEFAULT NULL COMMENT 'Suffix',
  `company` varchar(255) NULL DEFAULT NULL COMMENT 'Company',
  `vat_id` text NULL COMMENT 'Vat ID',
  `vat_is_valid` smallint(6) NULL DEFAULT NULL COMMENT 'Vat Is Valid',
  `vat_request_id` text NULL COMMENT 'Vat Request ID',
  `vat_request_date` text NULL COMMENT 'Vat Request Date',
  `vat_request_success` smallint(6) NULL DEFAULT NULL COMMENT 'Vat Request Success',
  PRIMARY KEY (`entity_id`),
  KEY `SALES_ORDER_ADDRESS_PARENT_ID` (`parent_id`),
  CONSTRAINT `SALES_ORDER_ADDRESS_PARENT_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `sales_order` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Address';

-- sales: Sales Flat Order Status History
CREATE TABLE `sales_order_status_history` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `parent_id` int(10) unsigned NOT NULL COMMENT 'Parent ID',
  `is_customer_notified` int(11) NULL DEFAULT NULL COMMENT 'Is Customer Notified',
  `is_visible_on_front` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is Visible On Front',
  `comment` text NULL COMMENT 'Comment',
  `status` varchar(32) NULL DEFAULT NULL COMMENT 'Status',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `entity_name` varchar(32) NULL DEFAULT NULL COMMENT 'Shows what entity history is bind to.',
  PRIMARY KEY (`entity_id`),
  KEY `SALES_ORDER_STATUS_HISTORY_PARENT_ID` (`parent_id`),
  KEY `SALES_ORDER_STATUS_HISTORY_CREATED_AT` (`created_at`),
  CONSTRAINT `SALES_ORDER_STATUS_HISTORY_PARENT_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `sales_order` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Status History';

-- sales: Sales Flat Order Item
CREATE TABLE `sales_order_item` (
  `item_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Item ID',
  `order_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT 'Order ID',
  `parent_item_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Parent Item ID',
  `quote_item_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Quote Item ID',
  `store_id` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Store ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Updated At',
  `product_id` int(10) unsigned NULL DEFAULT NULL COMMENT 'Product ID',
  `product_type` varchar(255) NULL DEFAULT NULL COMMENT 'Product Type',
  `product_options` longtext NULL COMMENT 'Product Options',
  `weight` decimal(12,4) NULL DEFAULT '0' COMMENT 'Weight',
  `is_virtual` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Is Virtual',
  `sku` varchar(255) NULL DEFAULT NULL COMMENT 'Sku',
  `name` varchar(255) NULL DEFAULT NULL COMMENT 'Name',
  `qty_backordered` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Backordered',
  `qty_canceled` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Canceled',
  `qty_invoiced` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Invoiced',
  `qty_ordered` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Ordered',
  `qty_refunded` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Refunded',
  `qty_shipped` decimal(12,4) NULL DEFAULT '0' COMMENT 'Qty Shipped',
  `price` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Price',
  `base_price` decimal(12,4) NOT NULL DEFAULT '0' COMMENT 'Base Price',
  `original_price` decimal(12,4) NULL DEFAULT NULL COMMENT 'Original Price',
  `row_total` decimal(20,4) NOT NULL DEFAULT '0' COMMENT 'Row Total',
  `base_row_total` decimal(20,4) NOT NULL DEFAULT '0' COMMENT 'Base Row Total',
  `row_weight` decimal(12,4) NULL DEFAULT '0' COMMENT 'Row Weight',
  PRIMARY KEY (`item_id`),
  KEY `SALES_ORDER_ITEM_ORDER_ID` (`order_id`),
  KEY `SALES_ORDER_ITEM_STORE_ID` (`store_id`),
  CONSTRAINT `SALES_ORDER_ITEM_ORDER_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`order_id`) REFERENCES `sales_order` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `SALES_ORDER_ITEM_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Item';

-- sales: Sales Order Status Table
CREATE TABLE `sales_order_status` (
  `status` varchar(32) NOT NULL COMMENT 'Status',
  `label` varchar(128) NOT NULL COMMENT 'Label',
  PRIMARY KEY (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Order Status Table';

-- sales: Sales Order Status Table
CREATE TABLE `sales_order_status_state` (
  `status` varchar(32) NOT NULL COMMENT 'Status',
  `state` varchar(32) NOT NULL COMMENT 'Label',
  `is_default` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is Default',
  `visible_on_front` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Visible on front',
  PRIMARY KEY (`status`, `state`),
  CONSTRAINT `SALES_ORDER_STATUS_STATE_STATUS_SALES_ORDER_STATUS_STATUS` FOREIGN KEY (`status`) REFERENCES `sales_order_status` (`status`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Order Status Table';

-- sales: Sales Flat Shipment
CREATE TABLE `sales_shipment` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `store_id` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Store ID',
  `total_weight` decimal(12,4) NULL DEFAULT NULL COMMENT 'Total Weight',
  `total_qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Total Qty',
  `email_sent` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Email Sent',
  `send_email` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Send Email',
  `order_id` int(10) unsigned NOT NULL COMMENT 'Order ID',
  `customer_id` int(11) NULL DEFAULT NULL COMMENT 'Customer ID',
  `shipping_address_id` int(11) NULL DEFAULT NULL COMMENT 'Shipping Address ID',
  `billing_address_id` int(11) NULL DEFAULT NULL COMMENT 'Billing Address ID',
  `shipment_status` int(11) NULL DEFAULT NULL COMMENT 'Shipment Status',
  `increment_id` varchar(50) NULL DEFAULT NULL COMMENT 'Increment ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Updated At',
  `packages` text NULL COMMENT 'Packed Products in Packages',
  `shipping_label` mediumblob NULL COMMENT 'Shipping Label Content',
  `customer_note` text NULL COMMENT 'Customer Note',
  `customer_note_notify` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Customer Note Notify',
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `SALES_SHIPMENT_INCREMENT_ID_STORE_ID` (`increment_id`, `store_id`),
  KEY `SALES_SHIPMENT_STORE_ID` (`store_id`),
  KEY `SALES_SHIPMENT_TOTAL_QTY` (`total_qty`),
  KEY `SALES_SHIPMENT_ORDER_ID` (`order_id`),
  KEY `SALES_SHIPMENT_CREATED_AT` (`created_at`),
  KEY `SALES_SHIPMENT_UPDATED_AT` (`updated_at`),
  KEY `SALES_SHIPMENT_SEND_EMAIL` (`send_email`),
  KEY `SALES_SHIPMENT_EMAIL_SENT` (`email_sent`),
  CONSTRAINT `SALES_SHIPMENT_ORDER_ID_SALES_ORDER_ENTITY_ID` FOREIGN KEY (`order_id`) REFERENCES `sales_order` (`entity_id`) ON DELETE CASCADE,
  CONSTRAINT `SALES_SHIPMENT_STORE_ID_STORE_STORE_ID` FOREIGN KEY (`store_id`) REFERENCES `store` (`store_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Shipment';

-- sales: Sales Flat Shipment Grid
CREATE TABLE `sales_shipment_grid` (
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Entity ID',
  `increment_id` varchar(50) NULL DEFAULT NULL COMMENT 'Increment ID',
  `store_id` smallint(5) unsigned NULL DEFAULT NULL COMMENT 'Store ID',
  `order_increment_id` varchar(32) NOT NULL COMMENT 'Order Increment ID',
  `order_id` int(10) unsigned NOT NULL COMMENT 'Order ID',
  `order_created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Order Increment ID',
  `customer_name` varchar(128) NOT NULL COMMENT 'Customer Name',
  `total_qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Total Qty',
  `shipment_status` int(11) NULL DEFAULT NULL COMMENT 'Shipment Status',
  `order_status` varchar(32) NULL DEFAULT NULL COMMENT 'Order',
  `billing_address` varchar(255) NULL DEFAULT NULL COMMENT 'Billing Address',
  `shipping_address` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Address',
  `billing_name` varchar(128) NULL DEFAULT NULL COMMENT 'Billing Name',
  `shipping_name` varchar(128) NULL DEFAULT NULL COMMENT 'Shipping Name',
  `customer_email` varchar(128) NULL DEFAULT NULL COMMENT 'Customer Email',
  `customer_group_id` int(11) NULL DEFAULT NULL,
  `payment_method` varchar(32) NULL DEFAULT NULL COMMENT 'Payment Method',
  `shipping_information` varchar(255) NULL DEFAULT NULL COMMENT 'Shipping Method Name',
  `created_at` timestamp NULL DEFAULT NULL COMMENT 'Created At',
  `updated_at` timestamp NULL DEFAULT NULL COMMENT 'Updated At',
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `SALES_SHIPMENT_GRID_INCREMENT_ID_STORE_ID` (`increment_id`, `store_id`),
  KEY `SALES_SHIPMENT_GRID_STORE_ID` (`store_id`),
  KEY `SALES_SHIPMENT_GRID_TOTAL_QTY` (`total_qty`),
  KEY `SALES_SHIPMENT_GRID_ORDER_INCREMENT_ID` (`order_increment_id`),
  KEY `SALES_SHIPMENT_GRID_SHIPMENT_STATUS` (`shipment_status`),
  KEY `SALES_SHIPMENT_GRID_ORDER_STATUS` (`order_status`),
  KEY `SALES_SHIPMENT_GRID_CREATED_AT` (`created_at`),
  KEY `SALES_SHIPMENT_GRID_UPDATED_AT` (`updated_at`),
  KEY `SALES_SHIPMENT_GRID_ORDER_CREATED_AT` (`order_created_at`),
  KEY `SALES_SHIPMENT_GRID_SHIPPING_NAME` (`shipping_name`),
  KEY `SALES_SHIPMENT_GRID_BILLING_NAME` (`billing_name`),
  KEY `SALES_SHIPMENT_GRID_ORDER_ID` (`order_id`),
  FULLTEXT KEY `FTI_086B40C8955F167B8EA76653437879B4` (`increment_id`, `order_increment_id`, `shipping_name`, `customer_name`, `customer_email`, `billing_address`, `shipping_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Shipment Grid';

-- sales: Sales Flat Shipment Item
CREATE TABLE `sales_shipment_item` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `parent_id` int(10) unsigned NOT NULL COMMENT 'Parent ID',
  `row_total` decimal(20,4) NULL DEFAULT NULL COMMENT 'Row Total',
  `price` decimal(20,4) NULL DEFAULT NULL COMMENT 'Price',
  `weight` decimal(12,4) NULL DEFAULT NULL COMMENT 'Weight',
  `qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Qty',
  `product_id` int(11) NULL DEFAULT NULL COMMENT 'Product ID',
  `order_item_id` int(11) NULL DEFAULT NULL COMMENT 'Order Item ID',
  `additional_data` text NULL COMMENT 'Additional Data',
  `description` text NULL COMMENT 'Description',
  `name` varchar(255) NULL DEFAULT NULL COMMENT 'Name',
  `sku` varchar(255) NULL DEFAULT NULL COMMENT 'Sku',
  PRIMARY KEY (`entity_id`),
  KEY `SALES_SHIPMENT_ITEM_PARENT_ID` (`parent_id`),
  CONSTRAINT `SALES_SHIPMENT_ITEM_PARENT_ID_SALES_SHIPMENT_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `sales_shipment` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Shipment Item';

-- sales: Sales Flat Shipment Track
CREATE TABLE `sales_shipment_track` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `parent_id` int(10) unsigned NOT NULL COMMENT 'Parent ID',
  `weight` decimal(12,4) NULL DEFAULT NULL COMMENT 'Weight',
  `qty` decimal(12,4) NULL DEFAULT NULL COMMENT 'Qty',
  `order_id` int(10) unsigned NOT NULL COMMENT 'Order ID',
  `track_number` text NULL COMMENT 'Number',
  `description` text NULL COMMENT 'Description',
  `title` varchar(255) NULL DEFAULT NULL COMMENT 'Title',
  `carrier_code` varchar(32) NULL DEFAULT NULL COMMENT 'Carrier Code',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Updated At',
  PRIMARY KEY (`entity_id`),
  KEY `SALES_SHIPMENT_TRACK_PARENT_ID` (`parent_id`),
  KEY `SALES_SHIPMENT_TRACK_ORDER_ID` (`order_id`),
  KEY `SALES_SHIPMENT_TRACK_CREATED_AT` (`created_at`),
  CONSTRAINT `SALES_SHIPMENT_TRACK_PARENT_ID_SALES_SHIPMENT_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `sales_shipment` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Shipment Track';

-- sales: Sales Flat Shipment Comment
CREATE TABLE `sales_shipment_comment` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  `parent_id` int(10) unsigned NOT NULL COMMENT 'Parent ID',
  `is_customer_notified` int(11) NULL DEFAULT NULL COMMENT 'Is Customer Notified',
  `is_visible_on_front` smallint(5) unsigned NOT NULL DEFAULT '0' COMMENT 'Is Visible On Front',
  `comment` text NULL COMMENT 'Comment',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  PRIMARY KEY (`entity_id`),
  KEY `SALES_SHIPMENT_COMMENT_CREATED_AT` (`created_at`),
  KEY `SALES_SHIPMENT_COMMENT_PARENT_ID` (`parent_id`),
  CONSTRAINT `SALES_SHIPMENT_COMMENT_PARENT_ID_SALES_SHIPMENT_ENTITY_ID` FOREIGN KEY (`parent_id`) REFERENCES `sales_shipment` (`entity_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Shipment Comment';

-- sales-sequence: sales_sequence_meta
CREATE TABLE `sales_sequence_meta` (
  `meta_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `entity_type` varchar(32) NOT NULL COMMENT 'Prefix',
  `store_id` smallint(5) unsigned NOT NULL COMMENT 'Store ID',
  `sequence_table` varchar(64) NOT NULL COMMENT 'table for sequence',
  PRIMARY KEY (`meta_id`),
  UNIQUE KEY `SALES_SEQUENCE_META_ENTITY_TYPE_STORE_ID` (`entity_type`, `store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='sales_sequence_meta';

-- sales-sequence: sales_sequence_profile
CREATE TABLE `sales_sequence_profile` (
  `profile_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `meta_id` int(10) unsigned NOT NULL COMMENT 'Meta_id',
  `prefix` varchar(32) NULL DEFAULT NULL COMMENT 'Prefix',
  `suffix` varchar(32) NULL DEFAULT NULL COMMENT 'Suffix',
  `start_value` int(10) unsigned NOT NULL DEFAULT '1' COMMENT 'Start value for sequence',
  `step` int(10) unsigned NOT NULL DEFAULT '1' COMMENT 'Step for sequence',
  `max_value` int(10) unsigned NOT NULL COMMENT 'MaxValue for sequence',
  `warning_value` int(10) unsigned NOT NULL COMMENT 'WarningValue for sequence',
  `is_active` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'isActive flag',
  PRIMARY KEY (`profile_id`),
  UNIQUE KEY `SALES_SEQUENCE_PROFILE_META_ID_PREFIX_SUFFIX` (`meta_id`, `prefix`, `suffix`),
  CONSTRAINT `SALES_SEQUENCE_PROFILE_META_ID_SALES_SEQUENCE_META_META_ID` FOREIGN KEY (`meta_id`) REFERENCES `sales_sequence_meta` (`meta_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='sales_sequence_profile';

-- inventory: 
CREATE TABLE `inventory_source` (
  `source_code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` smallint(5) unsigned NOT NULL DEFAULT '1',
  `description` text NULL,
  `latitude` decimal(8,6) NULL DEFAULT NULL,
  `longitude` decimal(9,6) NULL DEFAULT NULL,
  `country_id` varchar(2) NOT NULL,
  `region_id` int(10) unsigned NULL DEFAULT NULL,
  `region` varchar(255) NULL DEFAULT NULL,
  `city` varchar(255) NULL DEFAULT NULL,
  `street` varchar(255) NULL DEFAULT NULL,
  `postcode` varchar(255) NOT NULL,
  `contact_name` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `fax` varchar(255) NULL DEFAULT NULL,
  `use_default_carrier_config` smallint(5) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`source_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory: 
CREATE TABLE `inventory_stock` (
  `stock_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`stock_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory: 
CREATE TABLE `inventory_source_stock_link` (
  `link_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `stock_id` int(10) unsigned NOT NULL,
  `source_code` varchar(255) NOT NULL,
  `priority` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`link_id`),
  UNIQUE KEY `INVENTORY_SOURCE_STOCK_LINK_STOCK_ID_SOURCE_CODE` (`stock_id`, `source_code`),
  KEY `INVENTORY_SOURCE_STOCK_LINK_STOCK_ID_PRIORITY` (`stock_id`, `priority`),
  CONSTRAINT `INVENTORY_SOURCE_STOCK_LINK_STOCK_ID_INVENTORY_STOCK_STOCK_ID` FOREIGN KEY (`stock_id`) REFERENCES `inventory_stock` (`stock_id`) ON DELETE CASCADE,
  CONSTRAINT `INV_SOURCE_STOCK_LNK_SOURCE_CODE_INV_SOURCE_SOURCE_CODE` FOREIGN KEY (`source_code`) REFERENCES `inventory_source` (`source_code`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory: 
CREATE TABLE `inventory_source_item` (
  `source_item_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `source_code` varchar(255) NOT NULL,
  `sku` varchar(64) NOT NULL,
  `quantity` decimal(12,4) NOT NULL DEFAULT '0',
  `status` smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`source_item_id`),
  UNIQUE KEY `INVENTORY_SOURCE_ITEM_SOURCE_CODE_SKU` (`source_code`, `sku`),
  KEY `INVENTORY_SOURCE_ITEM_SKU_SOURCE_CODE_QUANTITY` (`sku`, `source_code`, `quantity`),
  CONSTRAINT `INVENTORY_SOURCE_ITEM_SOURCE_CODE_INVENTORY_SOURCE_SOURCE_CODE` FOREIGN KEY (`source_code`) REFERENCES `inventory_source` (`source_code`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory-reservations: 
CREATE TABLE `inventory_reservation` (
  `reservation_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `stock_id` int(10) unsigned NOT NULL,
  `sku` varchar(64) NOT NULL,
  `quantity` decimal(10,4) NOT NULL DEFAULT '0',
  `metadata` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`reservation_id`),
  KEY `INVENTORY_RESERVATION_STOCK_ID_SKU_QUANTITY` (`stock_id`, `sku`, `quantity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory-shipping: 
CREATE TABLE `inventory_shipment_source` (
  `shipment_id` int(10) unsigned NOT NULL,
  `source_code` varchar(255) NOT NULL,
  PRIMARY KEY (`shipment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- inventory-sales: 
CREATE TABLE `inventory_stock_sales_channel` (
  `type` varchar(64) NOT NULL,
  `code` varchar(64) NOT NULL,
  `stock_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`type`, `code`),
  CONSTRAINT `INVENTORY_STOCK_SALES_CHANNEL_STOCK_ID_INVENTORY_STOCK_STOCK_ID` FOREIGN KEY (`stock_id`) REFERENCES `inventory_stock` (`stock_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='';

-- sales-sequence: Framework\DB\Ddl\Sequence::getCreateSequenceDdl, one table per entity type and store
CREATE TABLE `sequence_shipment_1` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB AUTO_INCREMENT=1;

CREATE TABLE `sequence_order_1` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB AUTO_INCREMENT=1;
