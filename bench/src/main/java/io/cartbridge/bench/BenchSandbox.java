package io.cartbridge.bench;

import io.cartbridge.agent.CartBridgeApplication;
import org.slf4j.LoggerFactory;

/**
 * {@code cartbridge sandbox} as the bench runs it in its own JVM, with one log line per SFTP login: the SSH
 * server's authentication service logs each success at DEBUG, which {@link SandboxProcess#logins()} counts. The
 * server knows every login, whichever of the agent's threads made it, so the count needs nothing from the agent.
 */
public final class BenchSandbox {

    /** The logger of MINA SSHD's server-side authentication, and the start of its line for each success. */
    static final String AUTH_LOGGER = "org.apache.sshd.server.session.ServerUserAuthService";
    static final String LOGIN_LINE = "handleAuthenticationSuccess(";

    private BenchSandbox() {
    }

    public static void main(String[] args) {
        if (LoggerFactory.getLogger(AUTH_LOGGER) instanceof ch.qos.logback.classic.Logger auth) {
            auth.setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
        CartBridgeApplication.main(args);
    }
}
