package io.cartbridge.agent.ledger;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cartbridge.agent.cart.CartCalls;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's side of {@link CartCalls}: {@code cb_cart_call}. A record is committed on its own (the chunk's
 * transaction, if any, is suspended meanwhile), because the platform's answer is a fact whatever becomes of the
 * chunk: a chunk rolled back after the platform sent its e-mail must not forget that it did.
 */
@Repository
public class CartCallLedger implements CartCalls {

    private static final String DONE = """
            SELECT action FROM cb_cart_call
            WHERE store = ? AND cart_order_id = ? AND shipment_id = ? AND state IN ('CONFIRMED', 'FOUND')""";
    private static final String RECORD = """
            INSERT INTO cb_cart_call (store, cart_order_id, shipment_id, action, state, http_status, detail, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE state = VALUES(state), http_status = VALUES(http_status), detail = VALUES(detail),
                   recorded_at = VALUES(recorded_at)""";
    private static final String LIST = """
            SELECT store, cart_order_id, shipment_id, action, state, http_status, detail FROM cb_cart_call
            WHERE store = ? AND cart_order_id = ? ORDER BY id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    CartCallLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A ledger on this database, outside Spring (tests, bench). */
    public static CartCallLedger on(JdbcTemplate jdbc) {
        return new CartCallLedger(jdbc);
    }

    @Override
    public Set<String> done(String store, String cartOrderId, String shipmentId) {
        return new HashSet<>(jdbc.queryForList(DONE, String.class, store, cartOrderId, shipmentId));
    }

    @Override
    public void record(Call call) {
        own.executeWithoutResult(status -> jdbc.update(RECORD, call.store(), call.cartOrderId(), call.shipmentId(),
                call.action(), call.state().name(), call.httpStatus(), LedgerText.fitted(call.detail()),
                Timestamp.valueOf(LocalDateTime.now())));
    }

    /** The calls recorded for one order, oldest first: for the order's trail and the tests. */
    public List<Call> of(String store, String cartOrderId) {
        return jdbc.query(LIST, (rs, i) -> new Call(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                CartCalls.State.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7)), store, cartOrderId);
    }
}
