package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments through the configured statements, in one transaction on the cart's database: the orders' lines from
 * {@code order-lines} (an order of which it returns no line is unknown to the cart), what earlier shipments shipped from
 * {@code shipped-lines} when configured, then per shipment {@code mark-shipped}, per SKU shipped {@code ship-line}, and
 * the core's note through {@code order-note}. Whether an order is complete is the core's answer, handed to
 * {@code mark-shipped} as {@code :complete}.
 */
final class SqlShipmentSink implements ShipmentSink {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SqlProperties settings;
    private final SqlOrderIds ids;
    private final SqlOrderLines lines;
    private final OrderNotes notes;

    SqlShipmentSink(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, SqlProperties settings,
                    SqlOrderIds ids, SqlOrderLines lines, OrderNotes notes) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.ids = ids;
        this.lines = lines;
        this.notes = notes;
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        transaction.executeWithoutResult(status -> {
            Map<String, Map<String, BigDecimal>> ordered = lines.unitsBySku(cartOrderIds);
            Map<String, Map<String, BigDecimal>> shipped = new HashMap<>();
            Map<String, List<String>> applied = new HashMap<>();
            readShipped(ordered.keySet(), shipped, applied);
            Map<String, OrderState> states = new HashMap<>();
            ordered.forEach((id, bySku) -> {
                Map<String, BigDecimal> withSku = new LinkedHashMap<>(bySku);
                boolean withoutSku = withSku.remove(SqlOrderLines.NO_SKU) != null;
                states.put(id, new OrderState(withSku, withoutSku, shipped.getOrDefault(id, Map.of()),
                        applied.getOrDefault(id, List.of())));
            });
            List<OrderNotes.Note> orderNotes = new ArrayList<>();
            for (ShipmentWrite write : decide.apply(states)) {
                write(write);
                if (write.note() != null && notes != null) {
                    orderNotes.add(new OrderNotes.Note(write.update().cartOrderId(), write.note()));
                }
            }
            if (!orderNotes.isEmpty()) {
                notes.add(orderNotes);
            }
        });
    }

    private void readShipped(Collection<String> orderIds, Map<String, Map<String, BigDecimal>> shipped,
                             Map<String, List<String>> applied) {
        if (settings.shippedLines() == null || settings.shippedLines().isBlank() || orderIds.isEmpty()) {
            return;
        }
        SqlParams params = ids.params().set("order_ids", ids.bindAll(orderIds));
        SqlColumns.forEach(jdbc, settings.shippedLines(), params, (rs, c) -> {
            String id = c.text(rs, "order_id");
            String shipment = c.text(rs, "shipment_id");
            List<String> shipments = applied.computeIfAbsent(id, k -> new ArrayList<>());
            if (shipment != null && !shipments.contains(shipment)) {
                shipments.add(shipment);
            }
            String sku = c.text(rs, "sku");
            BigDecimal quantity = c.number(rs, "quantity");
            if (sku != null && quantity != null) {
                shipped.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(sku, quantity, BigDecimal::add);
            }
        });
    }

    private void write(ShipmentWrite write) {
        ShipmentUpdate update = write.update();
        Object orderId = ids.bind(update.cartOrderId());
        LocalDate shipDate = update.shipDate() == null ? LocalDate.now() : update.shipDate();
        List<String> tracking = update.trackingNumbers().stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).distinct().toList();
        jdbc.update(settings.markShipped(), ids.params()
                .set("order_id", orderId)
                .set("shipment_id", update.shipmentId())
                .set("ship_date", shipDate)
                .set("carrier", update.carrier())
                .set("service", update.service())
                .set("tracking_numbers", String.join(", ", tracking))
                .set("tracking_number", tracking.isEmpty() ? null : tracking.get(0))
                .set("complete", write.orderComplete())
                .set("shipped_units", write.shippedNow().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        if (settings.shipLine() == null || settings.shipLine().isBlank() || write.shippedNow().isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        write.shippedNow().forEach((sku, units) -> rows.add(ids.params()
                .set("order_id", orderId)
                .set("shipment_id", update.shipmentId())
                .set("ship_date", shipDate)
                .set("sku", sku)
                .set("quantity", units)
                .set("quantity_total", write.shippedTotal().getOrDefault(sku, units))));
        jdbc.batchUpdate(settings.shipLine(), rows.toArray(SqlParameterSource[]::new));
    }
}
