package io.cartbridge.agent.cart.prestashop;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiSettings;
import io.cartbridge.agent.config.ConfigurationException;

/**
 * PrestaShop's webservice of one store, for {@code write-back: api}: {@code cartbridge.stores.<store>.prestashop.api.*}.
 * Enabled in the back office under Advanced Parameters, Webservice, with a key allowed GET on {@code orders} and
 * {@code order_states}, GET and PUT on {@code order_carriers}, and POST on {@code order_histories}.
 *
 * @param url            the shop's address, e.g. {@code https://shop.example.com}; {@code /api/} is added. HTTPS, with a
 *                       certificate the JVM trusts (the key travels with every call)
 * @param key            the webservice key, 32 characters (secret: never logged); sent as HTTP Basic user name with an
 *                       empty password, as PrestaShop asks
 * @param rateLimit      at most this many requests per second to the shop (default 10)
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param timeout        how long to wait for one answer (default 30 s); a timeout is retried
 * @param maxAttempts    attempts of one call that times out or gets a 5xx (default 4); then the run fails and a
 *                       later run tries again
 * @param backoff        the wait before the first retry (default 1 s), doubled for each further one, at most 30 s
 */
public record PrestaShopApiProperties(String url, String key, Double rateLimit, Duration connectTimeout,
                                      Duration timeout, Integer maxAttempts, Duration backoff) {

    public PrestaShopApiProperties {
        url = url == null ? null : url.trim();
        key = key == null ? null : key.trim();
        CartApiSettings limits = new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
        rateLimit = limits.rateLimit();
        connectTimeout = limits.connectTimeout();
        timeout = limits.timeout();
        maxAttempts = limits.maxAttempts();
        backoff = limits.backoff();
    }

    /** No webservice configured. */
    public static PrestaShopApiProperties none() {
        return new PrestaShopApiProperties(null, null, null, null, null, null, null);
    }

    /** {@return the pace and patience of the calls} */
    public CartApiSettings limits() {
        return new CartApiSettings(rateLimit, connectTimeout, timeout, maxAttempts, backoff);
    }

    /**
     * Checks what {@code write-back: api} needs.
     *
     * @param prefix where these were bound: {@code cartbridge.stores.shop.prestashop.api}
     */
    public void validate(String prefix) {
        CartApiSettings.httpsUrl(prefix + ".url", url);
        ConfigurationException.require(prefix + ".key", key);
        if (!key.matches("[A-Za-z0-9]{32}")) {
            // the key itself stays out of the message
            throw new ConfigurationException(prefix + ".key must be a PrestaShop webservice key: 32 letters and digits "
                    + "(Advanced Parameters, Webservice), not a value of " + key.length() + " characters");
        }
        limits().validate(prefix);
    }

    /** The webservice's base: {@code <url>/api/}. */
    URI base() {
        return CartApiSettings.base(url, "/api/");
    }

    /**
     * A client of this shop's webservice.
     *
     * @param tls verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production
     */
    public CartApiClient client(SSLContext tls) {
        return new CartApiClient(base(), CartApiClient.basic(key, ""), limits(), tls, PrestaShopXml.ERRORS);
    }

    @Override
    public String toString() {
        return "PrestaShopApiProperties[url=" + url + ", key=" + (key == null ? null : "****") + ", rateLimit=" + rateLimit
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + "]";
    }
}
