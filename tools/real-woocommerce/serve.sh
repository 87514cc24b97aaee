#!/usr/bin/env bash
# Serves a WordPress + WooCommerce laid out by shared/tools/real-carts/woocommerce/setup.sh over HTTPS, for
# WooCommerceApiRealShopIT (README: "A real WooCommerce for the API tests, locally"). No third-party code here.
#
#   tools/real-woocommerce/serve.sh          start (idempotent); prints the CARTBRIDGE_TEST_WOOCOMMERCE_* settings
#   tools/real-woocommerce/serve.sh stop     stop the PHP server and the TLS proxy it started
#
# What it does: pretty permalinks (so /wp-json/ routes), the site address https://127.0.0.1:<HTTPS_PORT> in
# wp-config.php (setup.sh defines WP_HOME/WP_SITEURL there, which override the home/siteurl options) with
# $_SERVER['HTTPS'] = 'on' (WooCommerce accepts Basic authentication only over HTTPS as PHP sees it), a must-use
# plugin logging every wp_mail() call to $REALWOO_DIR/mail.log, `php -S 127.0.0.1:<HTTP_PORT>`, a self-signed
# certificate for 127.0.0.1 and its PKCS12 trust store (password changeit), socat as the TLS proxy, a Read/Write
# REST key and a Read-only one (kept in $REALWOO_DIR/rest-key.txt and rest-key-read.txt, and re-used).
#
# Environment: REALWOO_DIR (default /var/tmp/realwoo), HTTP_PORT (8080), HTTPS_PORT (8443), PHP_WORKERS (2).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALWOO_DIR="${REALWOO_DIR:-/var/tmp/realwoo}"
WP_DIR="$REALWOO_DIR/wordpress"
HTTP_PORT="${HTTP_PORT:-8080}"
HTTPS_PORT="${HTTPS_PORT:-8443}"
URL="https://127.0.0.1:$HTTPS_PORT"
TLS="$REALWOO_DIR/tls"
export REALWOO_WP="$WP_DIR"

stop() {
  for name in socat php; do
    if [ -f "$REALWOO_DIR/$name.pid" ]; then
      kill "$(cat "$REALWOO_DIR/$name.pid")" 2>/dev/null || true
      rm -f "$REALWOO_DIR/$name.pid"
    fi
  done
}
if [ "${1:-}" = stop ]; then stop; echo "stopped"; exit 0; fi

[ -f "$WP_DIR/wp-config.php" ] || { echo "no WordPress in $WP_DIR: run shared/tools/real-carts/woocommerce/setup.sh first" >&2; exit 2; }
command -v socat >/dev/null || { echo "socat missing: apt-get update && apt-get install -y socat" >&2; exit 2; }
command -v keytool >/dev/null || { echo "keytool (a JDK) missing" >&2; exit 2; }

# 1. the site address, HTTPS as PHP sees it, and the mail log, in wp-config.php (before wp-settings.php loads)
sed -i -e "s#define( 'WP_HOME', '[^']*' );#define( 'WP_HOME', '$URL' );#" \
       -e "s#define( 'WP_SITEURL', '[^']*' );#define( 'WP_SITEURL', '$URL' );#" "$WP_DIR/wp-config.php"
if ! grep -q CARTBRIDGE_MAIL_LOG "$WP_DIR/wp-config.php"; then
  sed -i "s#^require_once ABSPATH . 'wp-settings.php';#\$_SERVER['HTTPS'] = 'on';\ndefine( 'CARTBRIDGE_MAIL_LOG', '$REALWOO_DIR/mail.log' );\n&#" "$WP_DIR/wp-config.php"
fi
cp "$HERE/mail-log.php" "$WP_DIR/wp-content/mu-plugins/cartbridge-mail-log.php"

# 2. pretty permalinks, so that /wp-json/... reaches the REST API
php -r 'require getenv("REALWOO_WP") . "/wp-load.php"; update_option("permalink_structure", "/%postname%/"); flush_rewrite_rules(false);'

# 3. a certificate for 127.0.0.1 and a PKCS12 trust store holding it
if [ ! -f "$TLS/trust.p12" ]; then
  mkdir -p "$TLS"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$TLS/shop.key" -out "$TLS/shop.crt" 2>/dev/null
  cat "$TLS/shop.key" "$TLS/shop.crt" > "$TLS/shop.pem"
  keytool -importcert -noprompt -alias shop -file "$TLS/shop.crt" -keystore "$TLS/trust.p12" -storetype PKCS12 \
    -storepass changeit >/dev/null
fi

# 4. PHP's own server (unknown paths go to index.php) and socat's TLS in front of it
stop
PHP_CLI_SERVER_WORKERS="${PHP_WORKERS:-2}" nohup php -S "127.0.0.1:$HTTP_PORT" -t "$WP_DIR" > "$REALWOO_DIR/php-server.log" 2>&1 &
echo $! > "$REALWOO_DIR/php.pid"
nohup socat "OPENSSL-LISTEN:$HTTPS_PORT,bind=127.0.0.1,reuseaddr,fork,cert=$TLS/shop.pem,verify=0,shut-close" \
  "TCP:127.0.0.1:$HTTP_PORT" > "$REALWOO_DIR/socat.log" 2>&1 &
echo $! > "$REALWOO_DIR/socat.pid"

# 5. a Read/Write REST key, and a Read-only one for the refusal scenario
[ -s "$REALWOO_DIR/rest-key.txt" ] || php "$HERE/rest-key.php" read_write > "$REALWOO_DIR/rest-key.txt"
[ -s "$REALWOO_DIR/rest-key-read.txt" ] || php "$HERE/rest-key.php" read > "$REALWOO_DIR/rest-key-read.txt"
read -r KEY SECRET < "$REALWOO_DIR/rest-key.txt"
read -r READ_KEY READ_SECRET < "$REALWOO_DIR/rest-key-read.txt"

for _ in $(seq 50); do
  curl -sf --cacert "$TLS/shop.crt" -o /dev/null "$URL/wp-json/" && break
  sleep 0.2
done
curl -sf --cacert "$TLS/shop.crt" -u "$KEY:$SECRET" -o /dev/null "$URL/wp-json/wc/v3/system_status/tools" \
  || { echo "the REST API does not answer with the key at $URL (see $REALWOO_DIR/php-server.log)" >&2; exit 1; }
cat <<EOF
WooCommerce's REST API at $URL (mail log: $REALWOO_DIR/mail.log). For the tests:
export CARTBRIDGE_TEST_WOOCOMMERCE_URL=$URL
export CARTBRIDGE_TEST_WOOCOMMERCE_KEY=$KEY
export CARTBRIDGE_TEST_WOOCOMMERCE_SECRET=$SECRET
export CARTBRIDGE_TEST_WOOCOMMERCE_TRUSTSTORE=$TLS/trust.p12
export CARTBRIDGE_TEST_WOOCOMMERCE_MAIL_LOG=$REALWOO_DIR/mail.log
export CARTBRIDGE_TEST_WOOCOMMERCE_READ_KEY=$READ_KEY
export CARTBRIDGE_TEST_WOOCOMMERCE_READ_SECRET=$READ_SECRET
EOF
