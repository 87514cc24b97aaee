<?php
/*
 * Plugin Name: CartBridge mail log
 * Description: writes every wp_mail() call as one JSON line (time, to, subject) to the file named by the
 *              constant CARTBRIDGE_MAIL_LOG, so a test run can count the e-mails the shop would have sent.
 *              A must-use plugin: copied to wp-content/mu-plugins by tools/real-woocommerce/serve.sh.
 */
add_filter(
	'wp_mail',
	static function ( $mail ) {
		if ( defined( 'CARTBRIDGE_MAIL_LOG' ) ) {
			$to   = is_array( $mail['to'] ) ? implode( ',', $mail['to'] ) : (string) $mail['to'];
			$line = wp_json_encode( array( 'time' => gmdate( 'c' ), 'to' => $to, 'subject' => $mail['subject'] ) );
			file_put_contents( CARTBRIDGE_MAIL_LOG, $line . "\n", FILE_APPEND | LOCK_EX );
		}
		return $mail;
	}
);
