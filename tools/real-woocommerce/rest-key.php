<?php
/*
 * Prints a new WooCommerce REST API key of user 1 as "ck_... cs_...", stored as WooCommerce's own "Add key"
 * stores it (WC_Auth / WC_Admin_API_Keys: the key hashed with wc_api_hash, the secret as is).
 * Usage: REALWOO_WP=/var/tmp/realwoo/wordpress php rest-key.php [read_write|read]
 */
require getenv( 'REALWOO_WP' ) . '/wp-load.php';
global $wpdb;
$permissions = $argv[1] ?? 'read_write';
if ( ! in_array( $permissions, array( 'read_write', 'read', 'write' ), true ) ) {
	fwrite( STDERR, "permissions: read_write, read or write, not $permissions\n" );
	exit( 2 );
}
$key    = 'ck_' . wc_rand_hash();
$secret = 'cs_' . wc_rand_hash();
$wpdb->insert(
	$wpdb->prefix . 'woocommerce_api_keys',
	array(
		'user_id'         => 1,
		'description'     => 'CartBridge tests (' . $permissions . ')',
		'permissions'     => $permissions,
		'consumer_key'    => wc_api_hash( $key ),
		'consumer_secret' => $secret,
		'truncated_key'   => substr( $key, -7 ),
	)
);
echo $key, ' ', $secret, "\n";
