package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.orders.OrderExportSummary.HeldOrder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the orders order-extract holds, in its step execution context: a held order's ledger row is
 * recorded again by every run that reads it, so the ledger only knows the last run that held it, and
 * a run's summary read later would lose its held orders. After each chunk's write, the orders of the
 * chunk that this execution recorded HELD (not those the writer skipped as filed already) are added:
 * their count, the first few with their reasons, and the groups by problem. Restarted executions start
 * from zero, since their context is a copy of the failed one's. Holds no state of its own.
 */
@Component
class HeldOrderTally implements StepExecutionListener, ItemWriteListener<OrderCandidate> {

    static final String HELD = "order-export.held";
    static final String HELD_ORDERS = "order-export.held-orders";
    static final String HELD_GROUPS = "order-export.held-groups";
    private static final int REASON_LISTED = 500;

    /** {@code %s}: one bound placeholder per cart order id. */
    private static final String RECORDED_HELD = """
            SELECT order_number, reason FROM cb_order
            WHERE store = ? AND partner = ? AND job_execution_id = ? AND state = 'HELD' AND cart_order_id IN (%s) ORDER BY id""";

    private final Connections connections;
    private final JdbcTemplate jdbc;

    HeldOrderTally(Connections connections, JdbcTemplate jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        ExecutionContext context = stepExecution.getExecutionContext();
        context.putLong(HELD, 0);
        context.putString(HELD_ORDERS, "");
        context.putString(HELD_GROUPS, "");
    }

    @Override
    public void afterWrite(Chunk<? extends OrderCandidate> chunk) {
        List<Object> args = new ArrayList<>();
        for (OrderCandidate candidate : chunk) {
            if (candidate.isHeld()) {
                args.add(candidate.cart().cartOrderId());
            }
        }
        StepContext step = StepSynchronizationManager.getContext();
        if (args.isEmpty() || step == null) {
            return;
        }
        StepExecution execution = step.getStepExecution();
        int ids = args.size();
        args.add(0, execution.getJobExecutionId());
        Connection connection = connections.get(execution.getExecutionContext().getString(Partitions.By.CONNECTION.key()));
        args.add(0, connection.partner().id());
        args.add(0, connection.store());
        List<HeldOrder> held = jdbc.query(RECORDED_HELD.formatted(String.join(", ", Collections.nCopies(ids, "?"))),
                (rs, i) -> new HeldOrder(rs.getString(1), rs.getString(2)), args.toArray());
        add(execution.getExecutionContext(), held);
    }

    static void add(ExecutionContext context, List<HeldOrder> held) {
        long before = context.getLong(HELD, 0);
        StringBuilder listed = new StringBuilder(context.getString(HELD_ORDERS, ""));
        for (int i = 0; i < held.size() && before + i < OrderExportSummary.LISTED; i++) {
            String reason = held.get(i).reason() == null ? "" : held.get(i).reason();
            listed.append(HeldOrderGroups.flat(held.get(i).orderNumber())).append('\t')
                    .append(HeldOrderGroups.flat(reason.length() <= REASON_LISTED ? reason
                            : reason.substring(0, REASON_LISTED - 3) + "...")).append('\n');
        }
        HeldOrderGroups groups = HeldOrderGroups.decode(context.getString(HELD_GROUPS, ""));
        held.forEach(groups::add);
        context.putLong(HELD, before + held.size());
        context.putString(HELD_ORDERS, listed.toString());
        context.putString(HELD_GROUPS, groups.encode());
    }

    static List<HeldOrder> heldOrders(ExecutionContext context) {
        List<HeldOrder> held = new ArrayList<>();
        for (String line : context.getString(HELD_ORDERS, "").split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", 2);
                held.add(new HeldOrder(f[0], f[1]));
            }
        }
        return held;
    }
}
