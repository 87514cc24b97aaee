package io.cartbridge.agent.cart.woocommerce.api;

import java.net.URI;
import java.time.Duration;

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
        rateLimit = rateLimit == null ? 10.0 : rateLimit;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
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
        ConfigurationException.require(prefix + ".url", url);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(prefix + ".url is not a URL: " + e.getMessage());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigurationException(prefix + ".url must be an https:// address of the shop "
                    + "(the consumer key travels with every request), not '" + url + "'");
        }
        ConfigurationException.require(prefix + ".consumer-key", consumerKey);
        ConfigurationException.require(prefix + ".consumer-secret", consumerSecret);
        if (!(rateLimit > 0)) {
            throw new ConfigurationException(prefix + ".rate-limit must be more than 0 requests per second, not " + rateLimit);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new ConfigurationException(prefix + ".connect-timeout must be positive, not " + connectTimeout);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException(prefix + ".timeout must be positive, not " + timeout);
        }
        if (maxAttempts < 1) {
            throw new ConfigurationException(prefix + ".max-attempts must be at least 1, not " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new ConfigurationException(prefix + ".backoff must not be negative, not " + backoff);
        }
    }

    /** The base of the REST API v3: {@code <url>/wp-json/wc/v3/}. */
    URI base() {
        return URI.create(url.replaceAll("/+$", "") + "/wp-json/");
    }

    @Override
    public String toString() {
        return "WooCommerceApiProperties[url=" + url + ", consumerKey=" + (consumerKey == null ? null : "****")
                + ", consumerSecret=" + (consumerSecret == null ? null : "****") + ", rateLimit=" + rateLimit
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + "]";
    }
}
