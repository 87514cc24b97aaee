package io.cartbridge.agent.inbound;

import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseProperties;

/**
 * What becomes of a remote file once it is in the local inbox and the ledger has committed it
 * ({@code cartbridge.warehouse.sftp.after-download}): one implementation per setting value, chosen once per step by
 * {@link #of}, as Camel's {@code RenameRemoteFileProcessStrategy} and {@code DeleteRemoteFileProcessStrategy} are. It
 * runs only after the commit, so a crash before it leaves the file on the server and the next run, recognising it
 * in the ledger, only applies this policy to it.
 */
interface AfterDownload {

    /**
     * Applies the policy to one collected file of the partner's inbound folder.
     *
     * @param connection the partner's connection, opened by this call only if the policy touches the server
     * @param name       the file's name in the inbound folder
     */
    void apply(OnDemandConnection connection, String name);

    /**
     * The policy a partner's settings name.
     *
     * @throws IllegalArgumentException for a value other than {@code archive}, {@code delete} or {@code leave}, which
     *                                  the settings' validation refuses at start-up
     */
    static AfterDownload of(WarehouseProperties.Sftp sftp) {
        return switch (sftp.afterDownload()) {
            case "archive" -> new ArchiveAfterDownload(sftp.inboundDir(), sftp.archiveDir());
            case "delete" -> new DeleteAfterDownload(sftp.inboundDir());
            case "leave" -> new LeaveAfterDownload();
            default -> throw new IllegalArgumentException(
                    "after-download must be archive, delete or leave, not '" + sftp.afterDownload() + "'");
        };
    }
}
