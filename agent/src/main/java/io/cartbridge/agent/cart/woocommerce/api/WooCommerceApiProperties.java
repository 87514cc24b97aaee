package io.cartbridge.agent.cart.woocommerce.api;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiSettings;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * The WooCommerce REST API of one store, for {@code write-back: api}:
 * {@code cartbridge.stores.<store>.woocommerce.api.*}. Created in the shop's admin under WooCommerce, Settings,
 * Advanced, REST API (a key with Read/Write permission).
 *
 * @param url            the shop's address, e.g. {@code https://shop.example.com}; {@code /wp-json/wc/v3/} is added.
 *                       HTTPS, with a certificate the JVM trusts (Basic authentication sends the key with every call)
 * @param consumerKey    the REST API key's consumer key, {@code ck_...} (secret: never logged)
 * @param consumerSecret the REST API key's consumer secret, {@code cs_...} (secret: never logged)
 * @param rateLimit      at most this many requests per second to the shop (default 10); hosts throttle the API
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param timeout        how long to wait for one answer (default 30 s); a timeout is retried
 * @param maxAttempts    attempts of one call that times out or gets a 5xx (default 4); then the run fails and a
 *                       later run tries again
 * @param backoff        the wait before the first retry (default 1 s), doubled for each further one, at most 30 s
 */
public record WooCommerceApiProperties(String url, String consumerKey, String consumerSecret, Double rateLimit,
                                       Duration connectTimeout, Duration timeout, Integer maxAttempts, Duration backoff) {

    public WooCommerceApiProperties {
        url = url == null ? null : url.trim();
        CartApiSettings limits = new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
        rateLimit = limits.rateLimit();
        connectTimeout = limits.connectTimeout();
        timeout = limits.timeout();
        maxAttempts = limits.maxAttempts();
        backoff = limits.backoff();
    }

    /** {@return the pace and patience of the calls} */
    public CartApiSettings limits() {
        return new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
    }

    /** No API configured. */
    public static WooCommerceApiProperties none() {
        return new WooCommerceApiProperties(null, null, null, null, null, null, null, null);
    }

    /**
     * Checks what {@code write-back: api} needs.
     *
     * @param prefix where these were bound: {@code cartbridge.stores.shop.woocommerce.api}
     */
    public void validate(String prefix) {
        CartApiSettings.httpsUrl(prefix + ".url", url);
        ConfigurationException.require(prefix + ".consumer-key", consumerKey);
        ConfigurationException.require(prefix + ".consumer-secret", consumerSecret);
        limits().validate(prefix);
    }

    /** The base of the REST API v3: {@code <url>/wp-json/wc/v3/}. */
    URI base() {
        return CartApiSettings.base(url, "/wp-json/");
    }

    /**
     * A client of this shop's REST API.
     *
     * @param tls verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production
     */
    public CartApiClient client(SSLContext tls) {
        return new CartApiClient(base(), authorization(), limits(), tls, CartApiClient.jsonErrors());
    }

    /** {@return the HTTP Basic header of the consumer key and secret (WooCommerce's way over HTTPS)} */
    String authorization() {
        return CartApiClient.basic(consumerKey, consumerSecret);
    }

    @Override
    public String toString() {
        return "WooCommerceApiProperties[url=" + url + ", consumerKey=" + (consumerKey == null ? null : "****")
                + ", consumerSecret=" + (consumerSecret == null ? null : "****") + ", rateLimit=" + rateLimit
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + "]";
    }
}
