package io.cartbridge.agent.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * An HTTPS server on 127.0.0.1 for the stand-ins of the shops' web APIs (WooCommerce, Magento, PrestaShop): one
 * handler answers every path. TLS: a self-signed certificate for 127.0.0.1 made with the JDK's {@code keytool} once
 * per test JVM; {@link #clientTls()} trusts it (and nothing else), as a shop's real certificate is trusted through
 * the JVM's trust store.
 */
public final class LocalHttpsServer implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static Path keystore;

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final SSLContext clientTls;

    /** Starts the server on a free port. */
    public LocalHttpsServer(HttpHandler handler) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore())) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext serverTls = SSLContext.getInstance("TLS");
            serverTls.init(kmf.getKeyManagers(), null, null);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("shop", keys.getCertificate("shop"));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            clientTls = SSLContext.getInstance("TLS");
            clientTls.init(null, tmf.getTrustManagers(), null);
            // answers go out at once, not after the client's delayed ACK (40 ms a request otherwise)
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
            server.setExecutor(threads);
            server.createContext("/", handler);
            server.start();
        } catch (IOException | InterruptedException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's key and certificate, made once per test JVM (keytool takes a second or more). */
    private static synchronized Path keystore() throws IOException, InterruptedException {
        if (keystore == null) {
            Path folder = Files.createTempDirectory("cartbridge-shop-tls");
            folder.toFile().deleteOnExit();
            Path made = folder.resolve("shop.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "shop", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", made.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
            String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
            made.toFile().deleteOnExit();
            keystore = made;
        }
        return keystore;
    }

    /** {@return the server's address: {@code https://127.0.0.1:<port>}} */
    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@return a TLS context that trusts this server's certificate only} */
    public SSLContext clientTls() {
        return clientTls;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
