package io.cartbridge.agent.shipments;

import java.util.List;

import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummarizer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums up a shipment-import run from the shipment rows its execution recorded
 * ({@code cb_shipment.job_execution_id}). Shipments and orders are counted as distinct shipment ids
 * and distinct cart orders, which stays right whether the ledger keeps one row per shipment or one
 * per shipment and order.
 */
@Component
class ShipmentImportSummarizer implements RunSummarizer {

    private static final String APPLIED = """
            SELECT COUNT(DISTINCT shipment_id), COUNT(DISTINCT cart_order_id),
                   COUNT(DISTINCT CASE WHEN order_complete THEN cart_order_id END)
            FROM cb_shipment WHERE job_execution_id = ? AND state = 'APPLIED'""";
    private static final String ORDERS_IN_STATE = """
            SELECT order_number FROM cb_shipment WHERE job_execution_id = ? AND state = ?
            GROUP BY order_number ORDER BY MIN(id)""";

    private final JdbcTemplate jdbc;

    ShipmentImportSummarizer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return ShipmentImportJobConfiguration.JOB_NAME;
    }

    @Override
    public ShipmentImportSummary summarize(JobExecution execution) {
        String partner = RunSummarizer.partners(execution);
        long id = execution.getId();
        List<StepExecution> applies = RunSummarizer.steps(execution, ShipmentImportJobConfiguration.APPLY);
        long read = applies.stream().mapToLong(StepExecution::getReadCount).sum();
        long linesNotOnOrder = applies.stream()
                .mapToLong(s -> s.getExecutionContext().getLong(ShipmentApplier.LINES_NOT_ON_ORDER_KEY, 0)).sum();
        long[] applied = jdbc.queryForObject(APPLIED, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                id);
        return new ShipmentImportSummary(id, partner, read, applied[0], applied[1], applied[2], applied[1] - applied[2],
                linesNotOnOrder, orders(id, Shipments.State.NOT_ON_ORDER), orders(id, Shipments.State.UNKNOWN_ORDER),
                orders(id, Shipments.State.REFUSED));
    }

    private Listed orders(long id, Shipments.State state) {
        List<String> numbers = jdbc.queryForList(ORDERS_IN_STATE, String.class, id, state.name());
        return Listed.of(numbers.stream().map(n -> n == null ? "(none)" : n).toList());
    }
}
