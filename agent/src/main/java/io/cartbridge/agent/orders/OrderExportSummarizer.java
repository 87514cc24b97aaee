package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cartbridge.agent.orders.OrderExportSummary.UploadedFile;
import io.cartbridge.agent.support.RunSummarizer;
import io.cartbridge.agent.warehouse.WarehouseProperties;
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
            WHERE o.job_execution_id = ? AND o.state = 'FILED' AND o.partner = ?""";
    /** An order file is one the ledger files orders in; the others (997s) carry none. */
    private static final String UPLOADED = """
            SELECT f.file_name, f.format, f.document_type, f.control_number,
                   IF(EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id), f.document_count, 0)
            FROM cb_outbound_file f
            WHERE f.upload_job_execution_id = ? AND f.partner = ? ORDER BY f.id""";

    private final WarehouseProperties warehouse;
    private final JdbcTemplate jdbc;

    OrderExportSummarizer(WarehouseProperties warehouse, JdbcTemplate jdbc) {
        this.warehouse = warehouse;
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return OrderExportJobConfiguration.JOB_NAME;
    }

    @Override
    public OrderExportSummary summarize(JobExecution execution) {
        String partner = warehouse.id();
        long id = execution.getId();
        Optional<StepExecution> extract = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("order-extract")).findFirst();
        long read = extract.map(StepExecution::getReadCount).orElse(0L);
        ExecutionContext context = extract.map(StepExecution::getExecutionContext).orElseGet(ExecutionContext::new);
        long held = context.getLong(HeldOrderTally.HELD, 0);
        long[] filed = jdbc.queryForObject(FILED, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, id, partner);
        List<UploadedFile> uploaded = new ArrayList<>();
        jdbc.query(UPLOADED, rs -> {
            uploaded.add(new UploadedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)));
        }, id, partner);
        long sent = uploaded.stream().mapToLong(UploadedFile::orders).sum();
        return new OrderExportSummary(id, partner, warehouse.sftp().outboundDir(), read, filed[0],
                Math.max(0, read - filed[0] - held), sent, uploaded.size(),
                uploaded.subList(0, Math.min(OrderExportSummary.LISTED, uploaded.size())), filed[1], held,
                HeldOrderTally.heldOrders(context),
                HeldOrderGroups.decode(context.getString(HeldOrderTally.HELD_GROUPS, "")).groups());
    }
}
