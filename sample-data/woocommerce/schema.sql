-- WordPress and WooCommerce tables that CartBridge reads and writes, as WordPress
-- (wp-admin/includes/schema.php) and WooCommerce (class-wc-install.php get_schema() and
-- OrdersTableDataStore::get_database_schema() for the HPOS tables) create them, with the
-- index prefix lengths they use for utf8mb4 (191 max, so 171 and 82 in the composite keys).
-- Collation: WordPress picks utf8mb4_unicode_520_ci when the server has it (MariaDB does).
-- The table prefix is written as the literal default one, the loader swaps it for another
-- install's prefix textually, so it appears nowhere else in this file.
-- Only CREATE TABLE IF NOT EXISTS statements, one per statement-ending line.
CREATE TABLE IF NOT EXISTS wp_posts (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_author bigint(20) unsigned NOT NULL DEFAULT 0,
  post_date datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  post_date_gmt datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  post_content longtext NOT NULL,
  post_title text NOT NULL,
  post_excerpt text NOT NULL,
  post_status varchar(20) NOT NULL DEFAULT 'publish',
  comment_status varchar(20) NOT NULL DEFAULT 'open',
  ping_status varchar(20) NOT NULL DEFAULT 'open',
  post_password varchar(255) NOT NULL DEFAULT '',
  post_name varchar(200) NOT NULL DEFAULT '',
  to_ping text NOT NULL,
  pinged text NOT NULL,
  post_modified datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  post_modified_gmt datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  post_content_filtered longtext NOT NULL,
  post_parent bigint(20) unsigned NOT NULL DEFAULT 0,
  guid varchar(255) NOT NULL DEFAULT '',
  menu_order int(11) NOT NULL DEFAULT 0,
  post_type varchar(20) NOT NULL DEFAULT 'post',
  post_mime_type varchar(100) NOT NULL DEFAULT '',
  comment_count bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (ID),
  KEY post_name (post_name(191)),
  KEY type_status_date (post_type,post_status,post_date,ID),
  KEY post_parent (post_parent),
  KEY post_author (post_author),
  KEY type_status_author (post_type,post_status,post_author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_comments (
  comment_ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  comment_post_ID bigint(20) unsigned NOT NULL DEFAULT 0,
  comment_author tinytext NOT NULL,
  comment_author_email varchar(100) NOT NULL DEFAULT '',
  comment_author_url varchar(200) NOT NULL DEFAULT '',
  comment_author_IP varchar(100) NOT NULL DEFAULT '',
  comment_date datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  comment_date_gmt datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  comment_content text NOT NULL,
  comment_karma int(11) NOT NULL DEFAULT 0,
  comment_approved varchar(20) NOT NULL DEFAULT '1',
  comment_agent varchar(255) NOT NULL DEFAULT '',
  comment_type varchar(20) NOT NULL DEFAULT 'comment',
  comment_parent bigint(20) unsigned NOT NULL DEFAULT 0,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (comment_ID),
  KEY comment_post_ID (comment_post_ID),
  KEY comment_approved_date_gmt (comment_approved,comment_date_gmt),
  KEY comment_date_gmt (comment_date_gmt),
  KEY comment_parent (comment_parent),
  KEY comment_author_email (comment_author_email(10)),
  KEY woo_idx_comment_type (comment_type),
  KEY woo_idx_comment_date_type (comment_date_gmt,comment_type,comment_approved,comment_post_ID),
  KEY woo_idx_comment_approved_type (comment_approved,comment_type,comment_post_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_commentmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  comment_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY comment_id (comment_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_options (
  option_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  option_name varchar(191) NOT NULL DEFAULT '',
  option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL DEFAULT 'yes',
  PRIMARY KEY (option_id),
  UNIQUE KEY option_name (option_name),
  KEY autoload (autoload)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_woocommerce_order_items (
  order_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_item_name text NOT NULL,
  order_item_type varchar(200) NOT NULL DEFAULT '',
  order_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY (order_item_id),
  KEY order_id (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_woocommerce_order_itemmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_item_id bigint(20) unsigned NOT NULL,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY order_item_id (order_item_id),
  KEY meta_key (meta_key(32))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_wc_product_meta_lookup (
  product_id bigint(20) NOT NULL,
  sku varchar(100) NULL DEFAULT '',
  global_unique_id varchar(100) NULL DEFAULT '',
  `virtual` tinyint(1) NULL DEFAULT 0,
  downloadable tinyint(1) NULL DEFAULT 0,
  min_price decimal(19,4) NULL DEFAULT NULL,
  max_price decimal(19,4) NULL DEFAULT NULL,
  onsale tinyint(1) NULL DEFAULT 0,
  stock_quantity double NULL DEFAULT NULL,
  stock_status varchar(100) NULL DEFAULT 'instock',
  rating_count bigint(20) NULL DEFAULT 0,
  average_rating decimal(3,2) NULL DEFAULT 0.00,
  total_sales bigint(20) NULL DEFAULT 0,
  tax_status varchar(100) NULL DEFAULT 'taxable',
  tax_class varchar(100) NULL DEFAULT '',
  PRIMARY KEY (product_id),
  KEY `virtual` (`virtual`),
  KEY downloadable (downloadable),
  KEY stock_status (stock_status),
  KEY stock_quantity (stock_quantity),
  KEY onsale (onsale),
  KEY min_max_price (min_price, max_price),
  KEY sku (sku(50))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_wc_orders (
  id bigint(20) unsigned NOT NULL,
  status varchar(20) NULL,
  currency varchar(10) NULL,
  type varchar(20) NULL,
  tax_amount decimal(26,8) NULL,
  total_amount decimal(26,8) NULL,
  customer_id bigint(20) unsigned NULL,
  billing_email varchar(320) NULL,
  date_created_gmt datetime NULL,
  date_updated_gmt datetime NULL,
  parent_order_id bigint(20) unsigned NULL,
  payment_method varchar(100) NULL,
  payment_method_title text NULL,
  transaction_id varchar(100) NULL,
  ip_address varchar(100) NULL,
  user_agent text NULL,
  customer_note text NULL,
  PRIMARY KEY (id),
  KEY status (status),
  KEY date_created (date_created_gmt),
  KEY customer_id_billing_email (customer_id, billing_email(171)),
  KEY billing_email (billing_email(191)),
  KEY type_status_date (type, status, date_created_gmt),
  KEY parent_order_id (parent_order_id),
  KEY date_updated (date_updated_gmt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_wc_order_addresses (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NOT NULL,
  address_type varchar(20) NULL,
  first_name text NULL,
  last_name text NULL,
  company text NULL,
  address_1 text NULL,
  address_2 text NULL,
  city text NULL,
  state text NULL,
  postcode text NULL,
  country text NULL,
  email varchar(320) NULL,
  phone varchar(100) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY address_type_order_id (address_type, order_id),
  KEY email (email(191)),
  KEY phone (phone),
  KEY order_id (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_wc_order_operational_data (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NULL,
  created_via varchar(100) NULL,
  woocommerce_version varchar(20) NULL,
  prices_include_tax tinyint(1) NULL,
  coupon_usages_are_counted tinyint(1) NULL,
  download_permission_granted tinyint(1) NULL,
  cart_hash varchar(100) NULL,
  new_order_email_sent tinyint(1) NULL,
  order_key varchar(100) NULL,
  order_stock_reduced tinyint(1) NULL,
  date_paid_gmt datetime NULL,
  date_completed_gmt datetime NULL,
  shipping_tax_amount decimal(26,8) NULL,
  shipping_total_amount decimal(26,8) NULL,
  discount_tax_amount decimal(26,8) NULL,
  discount_total_amount decimal(26,8) NULL,
  recorded_sales tinyint(1) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY order_id (order_id),
  KEY order_key (order_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE IF NOT EXISTS wp_wc_orders_meta (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NULL,
  meta_key varchar(255),
  meta_value text NULL,
  PRIMARY KEY (id),
  KEY meta_key_value (meta_key(100), meta_value(82)),
  KEY order_id_meta_key_meta_value (order_id, meta_key(100), meta_value(82))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
