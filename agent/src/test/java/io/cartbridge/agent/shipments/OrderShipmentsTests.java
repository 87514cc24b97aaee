package io.cartbridge.agent.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.cart.ShipmentSink.OrderState;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentWrite;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import org.junit.jupiter.api.Test;

/** The shipment rules of the core, against order states as a plugin reads them: no database, no platform. */
class OrderShipmentsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static BigDecimal units(int n) {
        return BigDecimal.valueOf(n);
    }

    private static ShipmentUpdate shipment(String order, String id, Line... lines) {
        return new ShipmentUpdate(order, id, DAY, "UPS", List.of("1Z" + id), List.of(lines));
    }

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, units(shipped), units(backordered), BigDecimal.ZERO);
    }

    /** Order 7: 2 × A and 1 × B, 1 × A shipped before by S0. */
    private static final OrderState SEVEN = new OrderState(Map.of("A", units(2), "B", units(1)), false,
            Map.of("A", units(1)), List.of("S0"));

    @Test
    void earlierShipmentsCountTowardsCompletionAndShipmentsOfAChunkAddUp() {
        List<ShipmentUpdate> updates = List.of(shipment("7", "S1", line("B", 1, 0)), shipment("7", "S2", line("A", 1, 0)));
        ShipmentResult[] results = new ShipmentResult[2];

        List<ShipmentWrite> writes = OrderShipments.decide(updates, Map.of("7", SEVEN), true, results);

        assertThat(results).extracting(ShipmentResult::outcome, ShipmentResult::orderComplete)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, false),
                        org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, true));
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0).shippedNow()).isEqualTo(Map.of("B", units(1)));
        assertThat(writes.get(0).shippedTotal()).isEqualTo(Map.of("A", units(1), "B", units(1)));
        assertThat(writes.get(1).shippedTotal()).isEqualTo(Map.of("A", units(2), "B", units(1)));
        assertThat(writes.get(1).orderComplete()).isTrue();
        assertThat(writes.get(0).note()).isEqualTo("Shipped by UPS (shipment S1): tracking 1ZS1. Partial shipment: shipped 1 × B.");
        assertThat(writes.get(1).note()).isEqualTo("Shipped by UPS (shipment S2): tracking 1ZS2.");
    }

    @Test
    void aShipmentTheCartRecordsIsNotWrittenAgainAndAnUnknownOrderOrSkuWritesNothing() {
        List<ShipmentUpdate> updates = List.of(shipment("7", "S0", line("A", 1, 0)), shipment("8", "S1", line("A", 1, 0)),
                shipment("7", "S3", line("A", 1, 0), line("Z", 1, 0)));
        ShipmentResult[] results = new ShipmentResult[3];

        List<ShipmentWrite> writes = OrderShipments.decide(updates, Map.of("7", SEVEN), true, results);

        assertThat(writes).isEmpty();
        assertThat(results).extracting(ShipmentResult::outcome)
                .containsExactly(Outcome.ALREADY_APPLIED, Outcome.UNKNOWN_ORDER, Outcome.NOT_ON_ORDER);
        assertThat(results[1].detail()).isEqualTo("no order 8 in the shop");
        assertThat(results[2].detail()).isEqualTo("SKU Z of shipment S3 not on order 7");
        assertThat(results[2].linesNotOnOrder()).isEqualTo(1);
    }

    @Test
    void anOrderWithALineWithoutSkuIsNeverCompleteAndAPlatformWithoutNotesGetsNoText() {
        OrderState withoutSku = new OrderState(Map.of("A", units(1)), true, Map.of(), List.of());
        ShipmentResult[] results = new ShipmentResult[1];

        List<ShipmentWrite> writes = OrderShipments.decide(List.of(shipment("9", "S1", line("A", 1, 0))), Map.of("9", withoutSku),
                false, results);

        assertThat(results[0].outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(results[0].orderComplete()).isFalse();
        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.orderComplete()).isFalse();
            assertThat(w.note()).isNull();
        });
    }

    /** A sink whose platform refuses the writes of order 8, as an API's 4xx does, and takes the others. */
    private static final class RefusingSink implements io.cartbridge.agent.cart.ShipmentSink {
        @Override
        public void apply(java.util.Collection<String> ids, java.util.function.Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
            throw new UnsupportedOperationException("the core asks for refusals");
        }

        @Override
        public List<Refusal> applyReportingRefusals(java.util.Collection<String> ids,
                                                    java.util.function.Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
            OrderState state = new OrderState(Map.of("A", units(1)), false, Map.of(), List.of());
            return decide.apply(Map.of("7", state, "8", state)).stream().filter(w -> w.update().cartOrderId().equals("8"))
                    .map(w -> new Refusal(w.update(), "WooCommerce refused 404 woocommerce_rest_shop_order_invalid_id")).toList();
        }
    }

    @Test
    void aWriteThePlatformRefusedIsRecordedRefusedWithItsReason() {
        io.cartbridge.agent.cart.CartPlugin cart = new io.cartbridge.agent.cart.CartPlugin() {
            public String missingTables() { return null; }
            public String describe() { return "refusing"; }
            public io.cartbridge.agent.cart.OrderSource orderSource() { throw new UnsupportedOperationException(); }
            public io.cartbridge.agent.cart.ShipmentSink shipmentSink() { return new RefusingSink(); }
            public io.cartbridge.agent.cart.InventorySink inventorySink() { throw new UnsupportedOperationException(); }
        };

        List<ShipmentResult> results = OrderShipments.apply(cart, List.of(shipment("7", "S1", line("A", 1, 0)),
                shipment("8", "S2", line("A", 1, 0))));

        assertThat(results).extracting(ShipmentResult::outcome).containsExactly(Outcome.APPLIED, Outcome.REFUSED);
        assertThat(results.get(1).detail()).isEqualTo("WooCommerce refused 404 woocommerce_rest_shop_order_invalid_id");
        io.cartbridge.agent.ledger.Shipments.Shipment recorded = ShipmentRules.outcome(new io.cartbridge.agent.ledger.Shipments.Shipment(
                "S2", "8", "8", null, null, "UPS", "1ZS2", false, 1), results.get(1));
        assertThat(recorded.state()).isEqualTo(Shipments.State.REFUSED);
        assertThat(recorded.reason()).isEqualTo("WooCommerce refused 404 woocommerce_rest_shop_order_invalid_id");
    }
}
