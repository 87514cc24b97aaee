package io.cartbridge.agent.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.cartbridge.agent.cart.api.CartApiClient;

/** The TLS trust of the tests against a real shop: a PKCS12 trust store named by an environment variable, or the JVM's. */
public final class TestTrustStores {

    private TestTrustStores() {
    }

    /**
     * @param truststore a PKCS12 trust store (password {@code changeit}) holding a local shop's self-signed certificate,
     *                   or {@code null} / blank for the JVM's trust store
     */
    public static SSLContext trust(String truststore) throws Exception {
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
