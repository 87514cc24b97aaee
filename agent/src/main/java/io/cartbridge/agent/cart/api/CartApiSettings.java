package io.cartbridge.agent.cart.api;

import java.net.URI;
import java.time.Duration;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * The pace and patience of calls to one shop's web API, whatever the platform; each platform's API settings
 * ({@code cartbridge.stores.<store>.<platform>.api.*}) carry these beside its address and credentials.
 *
 * @param rateLimit      at most this many requests per second to the shop (default 10); hosts throttle APIs
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param timeout        how long to wait for one answer (default 30 s); a timeout is retried
 * @param maxAttempts    attempts of one call that times out or gets a 5xx (default 4); then the run fails and a
 *                       later run tries again
 * @param backoff        the wait before the first retry (default 1 s), doubled for each further one, at most 30 s
 */
public record CartApiSettings(Double rateLimit, Duration connectTimeout, Duration timeout, Integer maxAttempts,
                              Duration backoff) {

    public CartApiSettings {
        rateLimit = rateLimit == null ? 10.0 : rateLimit;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
    }

    /**
     * Checks the values.
     *
     * @param prefix where they were bound: {@code cartbridge.stores.shop.woocommerce.api}
     */
    public void validate(String prefix) {
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

    /**
     * Checks a shop's API address: present, a URL, {@code https://} (credentials travel with every request).
     *
     * @param property the property's full name, for the message
     * @return the address
     */
    public static URI httpsUrl(String property, String url) {
        ConfigurationException.require(property, url);
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(property + " is not a URL: " + e.getMessage());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigurationException(property + " must be an https:// address of the shop "
                    + "(the credentials travel with every request), not '" + url.trim() + "'");
        }
        return uri;
    }

    /** {@return the shop's address without trailing slashes, with {@code path} appended: the API's base} */
    public static URI base(String url, String path) {
        return URI.create(url.trim().replaceAll("/+$", "") + path);
    }
}
