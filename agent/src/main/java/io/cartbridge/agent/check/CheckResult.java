package io.cartbridge.agent.check;

/**
 * One line of {@code cartbridge check}: what was checked for which connection, and whether it passed.
 *
 * @param connection the connection checked, or {@code null} for what every connection shares (the agent's
 *                   own database)
 * @param subject    what was checked: "agent database", "cart database", "SFTP server", "outbound folder",
 *                   "inbound folder"
 * @param ok         whether it passed
 * @param detail     what was found when it passed ("schema at version 11"), else the reason it did not, in
 *                   the words a run meeting the same problem uses; never a secret
 */
public record CheckResult(String connection, String subject, boolean ok, String detail) {

    static CheckResult passed(String connection, String subject, String detail) {
        return new CheckResult(connection, subject, true, detail);
    }

    static CheckResult failed(String connection, String subject, String reason) {
        return new CheckResult(connection, subject, false, reason);
    }

    /** {@return "subject: OK (detail)" or "subject: reason"} */
    public String line() {
        return subject + ": " + (ok ? "OK" + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")") : detail);
    }
}
