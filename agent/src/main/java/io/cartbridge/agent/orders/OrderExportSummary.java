package io.cartbridge.agent.orders;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.agent.admin.JobSummary;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The order-export summary: orders read, sent and held (with reasons), files with their control numbers. */
@Component
class OrderExportSummary implements JobSummary {

    private final WarehouseProperties warehouse;
    private final OrderLedger ledger;
    private final OutboundFiles files;

    OrderExportSummary(WarehouseProperties warehouse, OrderLedger ledger, OutboundFiles files) {
        this.warehouse = warehouse;
        this.ledger = ledger;
        this.files = files;
    }

    /** Held orders and files listed one by one in a run's summary; the rest are counted. */
    static final int LISTED = 25;

    @Override
    public String jobName() {
        return OrderExportJobConfiguration.JOB_NAME;
    }

    @Override
    public void print(JobExecution execution, PrintStream out) {
        String partner = warehouse.id();
        long read = step(execution, "order-extract");
        LocalDateTime since = execution.getStartTime();
        List<OutboundFile> all = files.list(partner);
        List<OutboundFile> uploaded = all.stream()
                .filter(f -> f.uploadedAt() != null && since != null && !f.uploadedAt().isBefore(since))
                .toList();
        int sent = uploaded.stream().mapToInt(OutboundFile::documentCount).sum();
        List<OrderLedger.Held> held = ledger.held(partner);
        out.printf("Orders read from the cart:   %d%n", read);
        out.printf("Orders sent to %s:  %d%n", partner, sent);
        out.printf("Orders held:                 %d%n", held.size());
        held.stream().limit(LISTED).forEach(h -> out.printf("  order %s: %s%n", h.orderNumber(), h.reason()));
        if (held.size() > LISTED) {
            out.printf("  ... and %d more (./cartbridge held lists them all)%n", held.size() - LISTED);
        }
        out.printf("Files uploaded to %s:%s %d%n", warehouse.sftp().outboundDir(), "", uploaded.size());
        uploaded.stream().limit(LISTED).forEach(f -> out.printf("  %s  %s %s, interchange %09d, %d order(s)%n",
                f.fileName(), f.format(), f.documentType(), f.controlNumber(), f.documentCount()));
        if (uploaded.size() > LISTED) {
            out.printf("  ... and %d more (./cartbridge files lists them all)%n", uploaded.size() - LISTED);
        }
        long waiting = all.stream().filter(f -> OutboundFiles.RENDERED.equals(f.state())).count();
        if (waiting > 0) {
            out.printf("Files waiting for upload:    %d (sent by the next run or restart)%n", waiting);
        }
    }

    private static long step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name))
                .mapToLong(StepExecution::getReadCount).sum();
    }
}
