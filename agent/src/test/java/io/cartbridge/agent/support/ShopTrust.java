package io.cartbridge.agent.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.cartbridge.agent.cart.api.CartApiClient;

/** The TLS trust of a real shop's API in the tests that run against one: the JVM's, or a PKCS12 trust store's. */
public final class ShopTrust {

    private ShopTrust() {
    }

    /**
     * @param truststore a PKCS12 trust store with password {@code changeit} (a local shop's self-signed certificate),
     *                   or {@code null}/blank for the JVM's trust store
     */
    public static SSLContext of(String truststore) throws Exception {
        if (truststore == null || truststore.isBlank()) {
            return CartApiClient.jvmTrust();
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(truststore))) {
            keys.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
