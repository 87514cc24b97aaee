package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.InventorySink.InventoryResult;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.Test;

/**
 * The PrestaShop plugin on the PrestaShop 8.1 tables (written from PrestaShop's db_structure.sql) in real MariaDB,
 * with the demo shop of {@code sample-data/prestashop}, under the default prefix and another one.
 */
class PrestaShopPluginIT {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.ZERO);
    }

    @Test
    void paidNotShippedOrdersAreReadWithTheirLinesAddressesAndCarrierReference() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("ps_")) {
            PrestaShopPlugin plugin = store.plugin();
            assertThat(plugin.missingTables()).isNull();

            List<CartOrder> orders = plugin.orderSource().page(null, 10);

            // 1003 awaits a cheque, 1004 has shipped, 1006 was refunded: states whose flags say not paid, or shipped
            assertThat(orders).extracting(CartOrder::cartOrderId).containsExactly("1001", "1002", "1005");
            CartOrder first = orders.get(0);
            assertThat(first.orderNumber()).isEqualTo("1001");
            // the order number is id_order, unique; the reference travels beside it, shared by orders split from one cart
            assertThat(orders).extracting(CartOrder::orderNumber, CartOrder::customerReference).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1001", "XKBKNABJK"), org.assertj.core.groups.Tuple.tuple("1002", "QWERTYUIO"),
                    org.assertj.core.groups.Tuple.tuple("1005", "QWERTYUIO"));
            assertThat(first.cursor()).isEqualTo("1001");
            assertThat(first.created()).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 0));
            assertThat(first.shippingMethod()).isEqualTo("2");
            // the customer deleted the address since: PrestaShop only flags it, and the order still ships there
            assertThat(first.shipTo()).isEqualTo(new Address("Zoë Bélanger", null, "12 rue de l'Église", "Bâtiment B",
                    "Besançon", null, "25000", "FR", "+33 6 12 34 56 78", "zoe@example.com"));
            // the e-book is virtual: never shipped
            assertThat(first.lines()).extracting(CartOrderLine::lineNumber, CartOrderLine::productId, CartOrderLine::sku,
                    CartOrderLine::upc, CartOrderLine::name, l -> l.quantity().intValueExact()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "1", "MUG-1", "4006381333931", "Tasse « Été »", 2),
                    org.assertj.core.groups.Tuple.tuple(2, "2-10", "TS-S", null, "T-shirt - Taille : S", 1));
            CartOrder second = orders.get(1);
            assertThat(second.shipTo().state()).isEqualTo("CA");
            assertThat(second.shipTo().country()).isEqualTo("US");
            assertThat(second.shipTo().company()).isEqualTo("Acme Inc.");
            assertThat(second.shippingMethod()).isEqualTo("1");
            // 3 ordered, 1 refunded
            assertThat(second.lines()).singleElement().satisfies(l -> {
                assertThat(l.sku()).isEqualTo("TS-M");
                assertThat(l.quantity()).isEqualByComparingTo("2");
            });
            // a line without a reference: the core holds the order
            assertThat(orders.get(2).lines()).singleElement().satisfies(l -> assertThat(l.sku()).isNull());

            assertThat(plugin.orderSource().page("1001", 1)).extracting(CartOrder::cartOrderId).containsExactly("1002");
            assertThat(plugin.orderSource().page("1005", 10)).isEmpty();
            assertThat(plugin.orderSource().orderedUnits(List.of("1001", "1002", "1005", "nope")))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "1001", Map.of("MUG-1", new BigDecimal("2"), "TS-S", new BigDecimal("1")),
                            "1002", Map.of("TS-M", new BigDecimal("2")),
                            "1005", Map.of()));
        }
    }

    @Test
    void aStateTheShopAddedIsFoundByItsFlagsAndAnotherPrefixWorks() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("shop2_")) {
            store.jdbc().update(store.sql("""
                    INSERT INTO ps_order_state (id_order_state, unremovable, paid, shipped) VALUES (42, 0, 1, 0)"""));
            store.jdbc().update(store.sql("UPDATE ps_orders SET current_state = 42 WHERE id_order = 1003"));

            assertThat(store.plugin().missingTables()).isNull();
            assertThat(store.plugin().orderSource().page(null, 10)).extracting(CartOrder::cartOrderId)
                    .containsExactly("1001", "1002", "1003", "1005");
            assertThat(new PrestaShopPlugin(store.jdbc(), "ps_", new PrestaShopProperties(null, null, null),
                    "cartbridge.stores.shop").missingTables()).startsWith("no table ps_orders (cartbridge.stores.shop.table-prefix is 'ps_'; tables found with suffix orders: shop2_orders");
        }
    }

    @Test
    void aFullShipmentSetsTrackingAndTheShippedStateAsTheBackOfficeDoesAndTwiceChangesNothing() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("ps_")) {
            PrestaShopPlugin plugin = store.plugin();
            ShipmentUpdate update = new ShipmentUpdate("1001", "SH-1", SHIPPED, "UPS", List.of("1Z001", "1Z002"),
                    List.of(line("MUG-1", 2, 0), line("TS-S", 1, 0)));

            ShipmentResult result = OrderShipments.apply(plugin, List.of(update)).get(0);

            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(result.orderComplete()).isTrue();
            assertThat(store.tracking(1001)).isEqualTo("1Z001, 1Z002");
            assertThat(store.currentState(1001)).isEqualTo(4);
            assertThat(store.history(1001)).containsExactly(2L, 4L);
            // quantity / physical / reserved: the shipped units are no longer reserved, what the shop sells stays
            assertThat(store.stock(1, 0)).isEqualTo("8/8/0");
            assertThat(store.stock(2, 10)).isEqualTo("5/5/0");
            assertThat(store.stock(2, 0)).isEqualTo("8/8/0");
            // the order is no longer one to send
            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::cartOrderId).containsExactly("1002", "1005");

            ShipmentResult again = OrderShipments.apply(plugin, List.of(update)).get(0);

            assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
            assertThat(store.tracking(1001)).isEqualTo("1Z001, 1Z002");
            assertThat(store.currentState(1001)).isEqualTo(4);
            assertThat(store.history(1001)).containsExactly(2L, 4L);
            assertThat(store.stock(1, 0)).isEqualTo("8/8/0");
            assertThat(store.stock(2, 0)).isEqualTo("8/8/0");
        }
    }

    @Test
    void aPartialShipmentKeepsTheStateUntilTheRestShipsAndEachIsAppliedOnce() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("ps_")) {
            PrestaShopPlugin plugin = store.plugin();
            ShipmentUpdate first = new ShipmentUpdate("1002", "SH-A", SHIPPED, "UPS", List.of("1ZA"),
                    List.of(line("TS-M", 1, 1)));
            ShipmentUpdate rest = new ShipmentUpdate("1002", "SH-B", SHIPPED, "UPS", List.of("1ZB"),
                    List.of(line("TS-M", 1, 0)));

            ShipmentResult partial = OrderShipments.apply(plugin, List.of(first)).get(0);
            OrderShipments.apply(plugin, List.of(first));

            assertThat(partial.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(partial.orderComplete()).isFalse();
            assertThat(store.tracking(1002)).isEqualTo("1ZA");
            assertThat(store.currentState(1002)).isEqualTo(3);
            assertThat(store.history(1002)).containsExactly(2L, 3L);
            assertThat(store.stock(2, 11)).isEqualTo("3/5/2");

            ShipmentResult last = OrderShipments.apply(plugin, List.of(rest)).get(0);
            OrderShipments.apply(plugin, List.of(rest));

            assertThat(last.orderComplete()).isTrue();
            assertThat(store.tracking(1002)).isEqualTo("1ZA, 1ZB");
            assertThat(store.currentState(1002)).isEqualTo(4);
            assertThat(store.history(1002)).containsExactly(2L, 3L, 4L);
            assertThat(store.stock(2, 11)).isEqualTo("3/3/0");
            assertThat(store.stock(2, 0)).isEqualTo("8/8/0");
        }
    }

    @Test
    void stockIsSetPerCombinationWithReservedUnitsKeptAndTheProductRowSummedAndTwiceChangesNothing() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("ps_")) {
            List<StockLevel> levels = List.of(new StockLevel("MUG-1", new BigDecimal("20")),
                    new StockLevel("TS-S", new BigDecimal("4")), new StockLevel("TS-M", new BigDecimal("3")),
                    new StockLevel("TS", new BigDecimal("99")), new StockLevel("NOPE", BigDecimal.ONE));

            InventoryResult result = store.plugin().inventorySink().apply(levels);

            assertThat(result.changed()).isEqualTo(2);
            assertThat(result.unchanged()).isEqualTo(1);
            assertThat(result.unknownSkus()).containsExactly("NOPE");
            assertThat(result.unmanagedSkus()).containsExactly("TS");
            // quantity / physical / reserved: the reserved units stay as PrestaShop counted them
            assertThat(store.stock(1, 0)).isEqualTo("20/22/2");
            assertThat(store.stock(2, 10)).isEqualTo("4/5/1");
            assertThat(store.stock(2, 11)).isEqualTo("3/5/2");
            assertThat(store.stock(2, 0)).isEqualTo("7/7/0");

            InventoryResult again = store.plugin().inventorySink().apply(levels);

            assertThat(again.changed()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(store.stock(1, 0)).isEqualTo("20/22/2");
            assertThat(store.stock(2, 10)).isEqualTo("4/5/1");
            assertThat(store.stock(2, 0)).isEqualTo("7/7/0");
        }
    }

    /** Three rows in one batch: MariaDB's bulk execution once failed such a batch ("Column count doesn't match"). */
    @Test
    void aSnapshotChangingManyRowsWritesThemAllInOneBatch() {
        try (PrestaShopTestStore store = new PrestaShopTestStore("ps_")) {
            List<StockLevel> levels = List.of(new StockLevel("MUG-1", new BigDecimal("21")),
                    new StockLevel("TS-S", new BigDecimal("6")), new StockLevel("TS-M", new BigDecimal("7")));

            InventoryResult result = store.plugin().inventorySink().apply(levels);

            assertThat(result.changed()).isEqualTo(3);
            assertThat(store.stock(1, 0)).isEqualTo("21/23/2");
            assertThat(store.stock(2, 10)).isEqualTo("6/7/1");
            assertThat(store.stock(2, 11)).isEqualTo("7/9/2");
            assertThat(store.stock(2, 0)).isEqualTo("13/13/0");
        }
    }
}
