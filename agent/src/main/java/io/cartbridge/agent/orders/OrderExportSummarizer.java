package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cartbridge.agent.orders.OrderExportSummary.UploadedFile;
import io.cartbridge.agent.support.RunSummarizer;
import io.cartbridge.agent.connections.Connections;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums up an order-export run: what order-extract read and held (its step counts, and the
 * {@link HeldOrderTally} in its context), the orders it filed ({@code cb_order.job_execution_id}) and
 * the files it uploaded ({@code cb_outbound_file.upload_job_execution_id}).
 */
@Component
class OrderExportSummarizer implements RunSummarizer {

    private static final String FILED = """
            SELECT COUNT(*), COUNT(DISTINCT CASE WHEN f.state = 'RENDERED' THEN f.id END)
            FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.job_execution_id = ? AND o.state = 'FILED'""";
    /** An order file is one the ledger files orders in; the others (997s) carry none. */
    private static final String UPLOADED = """
            SELECT f.file_name, f.format, f.document_type, f.control_number,
                   IF(EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id), f.document_count, 0)
            FROM cb_outbound_file f
            WHERE f.upload_job_execution_id = ? ORDER BY f.id""";

    private final Connections connections;
    private final JdbcTemplate jdbc;

    OrderExportSummarizer(Connections connections, JdbcTemplate jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return OrderExportJobConfiguration.JOB_NAME;
    }

    @Override
    public OrderExportSummary summarize(JobExecution execution) {
        String partner = RunSummarizer.partners(execution);
        long id = execution.getId();
        List<StepExecution> extracts = RunSummarizer.steps(execution, OrderExportJobConfiguration.EXTRACT);
        // the orders another connection of the store sends were read too, and filtered out: not this connection's
        long read = extracts.stream().mapToLong(s -> s.getReadCount() - s.getFilterCount()).sum();
        ExecutionContext context = new ExecutionContext();
        for (StepExecution extract : extracts) {
            HeldOrderTally.add(context, HeldOrderTally.heldOrders(extract.getExecutionContext()));
        }
        long held = extracts.stream().mapToLong(s -> s.getExecutionContext().getLong(HeldOrderTally.HELD, 0)).sum();
        HeldOrderGroups groups = HeldOrderGroups.decode(extracts.stream()
                .map(s -> s.getExecutionContext().getString(HeldOrderTally.HELD_GROUPS, "")).collect(Collectors.joining()));
        long[] filed = jdbc.queryForObject(FILED, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, id);
        List<UploadedFile> uploaded = new ArrayList<>();
        jdbc.query(UPLOADED, rs -> {
            uploaded.add(new UploadedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)));
        }, id);
        long sent = uploaded.stream().mapToLong(UploadedFile::orders).sum();
        // a run of several partners names each folder once ("/in" when they all take orders there)
        List<String> partners = List.of(partner.split(", "));
        List<String> dirs = connections.all().stream().filter(c -> partners.contains(c.partner().id()))
                .map(c -> c.partner().sftp().outboundDir()).distinct().toList();
        String outboundDir = dirs.isEmpty() ? null : String.join(", ", dirs);
        return new OrderExportSummary(id, partner, outboundDir, read, filed[0],
                Math.max(0, read - filed[0] - held), sent, uploaded.size(),
                uploaded.subList(0, Math.min(OrderExportSummary.LISTED, uploaded.size())), filed[1], held,
                HeldOrderTally.heldOrders(context), groups.groups());
    }
}
