package io.cartbridge.agent.transport;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.InterruptedByTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Tells transient failures (worth another attempt) from permanent ones, and says in a few words what went
 * wrong. Login and host key failures are permanent: retrying them only delays the message, and repeated
 * failed logins can get the agent's address blocked.
 */
final class SftpFailures {

    private SftpFailures() {
    }

    /** Refused, reset or timed-out connections; a server that closed the connection before login. */
    static boolean isTransient(Throwable failure) {
        if (isAuthFailure(failure) || isKeyFileFailure(failure) || find(failure, SftpException.class) != null) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof InterruptedByTimeoutException
                    || t instanceof TimeoutException || t instanceof EOFException || t instanceof SocketException) {
                return true;
            }
            String message = lower(t.getMessage());
            if (message.contains("timeout") || message.contains("timed out") || message.contains("connection reset")
                    || message.contains("broken pipe") || message.contains("closed") || message.contains("closing")
                    || message.contains("no session attached")) { // MINA, when the peer resets during key exchange
                return true;
            }
        }
        return false;
    }

    /** The server refused the login (wrong password, key not authorized, no method left). */
    static boolean isAuthFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SshException e
                    && e.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
                return true;
            }
            String message = lower(t.getMessage());
            if (message.contains("no more authentication methods") || message.contains("authentication failed")) {
                return true;
            }
        }
        return false;
    }

    /** The private key file could not be read or decrypted (missing file, wrong passphrase). */
    static boolean isKeyFileFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (lower(t.getMessage()).contains("private key")) {
                return true;
            }
        }
        return false;
    }

    /** A short, secret-free description of the deepest useful cause. */
    static String describe(Throwable failure) {
        SftpException sftp = find(failure, SftpException.class);
        if (sftp != null) {
            return SftpConstants.getStatusName(sftp.getStatus()) + ": " + sftp.getMessage();
        }
        if (isAuthFailure(failure)) {
            return "login refused (wrong password, or the key is not authorized for this user)";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
