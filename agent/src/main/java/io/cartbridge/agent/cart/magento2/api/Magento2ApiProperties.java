package io.cartbridge.agent.cart.magento2.api;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiSettings;
import io.cartbridge.agent.config.ConfigurationException;

/**
 * Magento's REST API of one store, for {@code write-back: api}: {@code cartbridge.stores.<store>.magento2.api.*}.
 * The access token is an integration's (System, Extensions, Integrations, with the resources Sales, Operations,
 * Orders, Actions, Ship, and Catalog, Inventory, Sources for stock), sent as {@code Authorization: Bearer}. Magento
 * 2.4.4 and later accept an integration's access token as a Bearer token only when Stores, Configuration, Services,
 * OAuth, Consumer Settings, "Allow OAuth Access Tokens to be used as standalone Bearer tokens" is Yes
 * ({@code bin/magento config:set oauth/consumer/enable_integration_as_bearer 1}); otherwise an admin user's token
 * ({@code POST /V1/integration/admin/token}, valid 4 hours by default) works, but expires.
 *
 * @param url            the shop's address, e.g. {@code https://shop.example.com}; {@code /rest/V1/...} is added.
 *                       HTTPS, with a certificate the JVM trusts (the token travels with every call)
 * @param accessToken    the integration's access token (secret: never logged)
 * @param rateLimit      at most this many requests per second to the shop (default 10)
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param timeout        how long to wait for one answer (default 30 s); a timeout is retried
 * @param maxAttempts    attempts of one call that times out or gets a 5xx (default 4); then the run fails and a
 *                       later run tries again
 * @param backoff        the wait before the first retry (default 1 s), doubled for each further one, at most 30 s
 */
public record Magento2ApiProperties(String url, String accessToken, Double rateLimit, Duration connectTimeout,
                                    Duration timeout, Integer maxAttempts, Duration backoff) {

    public Magento2ApiProperties {
        url = url == null ? null : url.trim();
        CartApiSettings limits = new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
        rateLimit = limits.rateLimit();
        connectTimeout = limits.connectTimeout();
        timeout = limits.timeout();
        maxAttempts = limits.maxAttempts();
        backoff = limits.backoff();
    }

    /** No API configured. */
    public static Magento2ApiProperties none() {
        return new Magento2ApiProperties(null, null, null, null, null, null, null);
    }

    /** {@return the pace and patience of the calls} */
    public CartApiSettings limits() {
        return new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
    }

    /**
     * Checks what {@code write-back: api} needs.
     *
     * @param prefix where these were bound: {@code cartbridge.stores.shop.magento2.api}
     */
    public void validate(String prefix) {
        CartApiSettings.httpsUrl(prefix + ".url", url);
        ConfigurationException.require(prefix + ".access-token", accessToken);
        if (accessToken.strip().chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new ConfigurationException(prefix + ".access-token must be the integration's access token as "
                    + "Magento shows it (letters and digits, no spaces)");
        }
        limits().validate(prefix);
    }

    /** The base of the REST API: {@code <url>/rest/}; paths start with {@code V1/}. */
    URI base() {
        return CartApiSettings.base(url, "/rest/");
    }

    /**
     * A client of this shop's REST API.
     *
     * @param tls verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production
     */
    public CartApiClient client(SSLContext tls) {
        return new CartApiClient(base(), "Bearer " + accessToken.strip(), limits(), tls, new Magento2ApiErrors());
    }

    @Override
    public String toString() {
        return "Magento2ApiProperties[url=" + url + ", accessToken=" + (accessToken == null ? null : "****")
                + ", rateLimit=" + rateLimit + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout
                + ", maxAttempts=" + maxAttempts + ", backoff=" + backoff + "]";
    }
}
