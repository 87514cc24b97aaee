package io.cartbridge.agent.inbound;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The files in the partner's outbound folder that are ready to collect: not a temporary name
 * ({@code .writing}, {@code .part}, {@code .tmp}, {@code .filepart}, dot files) and not modified within
 * {@code cartbridge.warehouse.sftp.min-file-age} (it may still be growing). Listed once when the step
 * opens; a restart lists again, and files already recorded are recognised by the collector.
 */
class ReadyFileReader implements ItemStreamReader<RemoteFile> {

    private final WarehouseProperties partner;
    private final WarehouseProperties.Sftp sftp;
    private final WarehouseTransport transport;
    private final Deque<RemoteFile> ready = new ArrayDeque<>();

    ReadyFileReader(WarehouseProperties partner, WarehouseTransport transport) {
        this.partner = partner;
        this.sftp = partner.sftp();
        this.transport = transport;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ready.clear();
        Instant youngest = Instant.now().minus(sftp.minFileAge());
        try (RemoteFolder remote = transport.open(partner)) {
            for (RemoteFile file : remote.list(sftp.inboundDir())) {
                if (!temporary(file.name()) && (file.modified() == null || !file.modified().isAfter(youngest))) {
                    ready.add(file);
                }
            }
        }
    }

    static boolean temporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.endsWith(".writing") || lower.endsWith(".part")
                || lower.endsWith(".tmp") || lower.endsWith(".filepart") || lower.endsWith(".partial");
    }

    @Override
    public RemoteFile read() {
        return ready.poll();
    }
}
