package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.support.WooCommerceTestStore;
import org.junit.jupiter.api.Test;

/**
 * Shipment confirmations written to a real MariaDB WooCommerce store, in HPOS and posts storage, through the core's
 * rules ({@link OrderShipments}), as shipment-import writes them.
 */
class WooCommerceShipmentSinkIT {

    /** The plugin's sink behind the core's rules. */
    private interface Sink {
        List<ShipmentResult> apply(List<ShipmentUpdate> updates);

        default ShipmentResult apply(ShipmentUpdate update) {
            return apply(List.of(update)).get(0);
        }
    }

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);
    private static final String SHIPPED_EPOCH = "1795651200";
    private static final String DROP_HPOS_TABLES = """
            DROP TABLE wp_wc_orders_meta, wp_wc_order_addresses, wp_wc_order_operational_data, wp_wc_orders""";

    /** Order 5001: 2 × SKU-10 and 1 × the variation SKU-12-RED (of product 11); in both storages. */
    private static WooCommerceTestStore store(String prefix) {
        WooCommerceTestStore store = new WooCommerceTestStore(prefix);
        store.product(10, "SKU-10", null).product(11, "SKU-11", null).variation(12, 11, "SKU-12-RED")
                .order(5001, "wc-processing", null, "flat_rate", List.of(
                        WooCommerceTestStore.Line.of(10, 2, "Thing"),
                        new WooCommerceTestStore.Line(12, 11, "1", "Shirt, red")));
        return store;
    }

    private static Sink sink(WooCommerceTestStore store, String prefix, String storage) {
        WooCommercePlugin plugin = new WooCommercePlugin(store.jdbc(), prefix, storage);
        return updates -> OrderShipments.apply(plugin, updates);
    }

    private static Line line(String sku, int shipped, int backordered, int cancelled) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.valueOf(cancelled));
    }

    @Test
    void fullShipmentStoresTrackingAndNoteAndCompletesTheOrderInBothStorages() {
        WooCommerceTestStore store = store("wp_");
        ShipmentResult result = sink(store, "wp_", "hpos").apply(new ShipmentUpdate("5001", "SH-1", SHIPPED, "UPS",
                List.of("1Z001", "1Z002"), List.of(line("SKU-10", 2, 0, 0), line("SKU-12-RED", 1, 0, 0))));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.orderComplete()).isTrue();
        for (String stored : List.of(store.hposMeta(5001, "_wc_shipment_tracking_items"),
                store.postMeta(5001, "_wc_shipment_tracking_items"))) {
            List<Object> entries = WooCommerceTrackingItems.entries(stored);
            assertThat(WooCommerceTrackingItems.trackingNumbers(entries)).containsExactly("1Z001", "1Z002");
            Map<?, ?> first = (Map<?, ?>) entries.get(0);
            assertThat(first.get("tracking_provider")).isEqualTo("");
            assertThat(first.get("custom_tracking_provider")).isEqualTo("UPS");
            assertThat(first.get("custom_tracking_link")).isEqualTo("");
            assertThat(first.get("date_shipped")).isEqualTo(SHIPPED_EPOCH);
            assertThat(first.get("tracking_id")).isEqualTo(WooCommerceTrackingItems.trackingId("SH-1", "1Z001"));
        }
        assertThat(store.notes(5001)).containsExactly("Shipped by UPS (shipment SH-1): tracking 1Z001, 1Z002.");
        assertThat(store.hposStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.postStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.jdbc().queryForObject("SELECT date_completed_gmt IS NOT NULL FROM wp_wc_order_operational_data "
                + "WHERE order_id = 5001", Boolean.class)).isTrue();
        assertThat(store.postMeta(5001, "_date_completed")).matches("\\d{10}");
        assertThat(store.postMeta(5001, "_completed_date")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(PhpSerialized.parse(store.hposMeta(5001, "_cartbridge_shipments"))).isEqualTo(Map.of(0L, "SH-1"));
    }

    @Test
    void aPartialShipmentLeavesTheOrderProcessingUntilTheSecondPartShipsTheRest() {
        WooCommerceTestStore store = store("shop9_");
        Sink sink = sink(store, "shop9_", "posts");

        ShipmentResult first = sink.apply(new ShipmentUpdate("5001", "SH-1", SHIPPED, "DHL", List.of("JD01"),
                List.of(line("SKU-10", 1, 1, 0), line("SKU-12-RED", 1, 0, 0))));
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.orderComplete()).isFalse();
        assertThat(store.postStatus(5001)).isEqualTo("wc-processing");
        assertThat(store.hposStatus(5001)).isEqualTo("wc-processing");
        assertThat(store.notes(5001)).containsExactly("Shipped by DHL (shipment SH-1): tracking JD01. "
                + "Partial shipment: shipped 1 × SKU-10, 1 × SKU-12-RED; backordered 1 × SKU-10.");
        assertThat(PhpSerialized.parse(store.postMeta(5001, "_cartbridge_shipped")))
                .isEqualTo(Map.of("SKU-10", "1", "SKU-12-RED", "1"));

        ShipmentResult second = sink.apply(new ShipmentUpdate("5001", "SH-2", SHIPPED.plusDays(3), "DHL", List.of("JD02"),
                List.of(line("SKU-10", 1, 0, 0))));
        assertThat(second.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(second.orderComplete()).isTrue();
        assertThat(store.postStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.hposStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.notes(5001)).hasSize(2).last().isEqualTo("Shipped by DHL (shipment SH-2): tracking JD02.");
        for (String stored : List.of(store.postMeta(5001, "_wc_shipment_tracking_items"),
                store.hposMeta(5001, "_wc_shipment_tracking_items"))) {
            assertThat(WooCommerceTrackingItems.trackingNumbers(WooCommerceTrackingItems.entries(stored)))
                    .containsExactly("JD01", "JD02");
        }
        assertThat(PhpSerialized.parse(store.postMeta(5001, "_cartbridge_shipped")))
                .isEqualTo(Map.of("SKU-10", "2", "SKU-12-RED", "1"));
        assertThat(PhpSerialized.parse(store.hposMeta(5001, "_cartbridge_shipments"))).isEqualTo(Map.of(0L, "SH-1", 1L, "SH-2"));
    }

    @Test
    void aChunkOfShipmentsIsOneCallWithShipmentsOfOneOrderAddingUpInOrder() {
        WooCommerceTestStore store = store("wp_");
        store.order(5002, "wc-processing", null, "flat_rate", List.of(WooCommerceTestStore.Line.of(10, 1, "Thing")));
        Sink sink = sink(store, "wp_", "posts");

        List<ShipmentResult> results = sink.apply(List.of(
                new ShipmentUpdate("5001", "SH-1", SHIPPED, "DHL", List.of("JD01"), List.of(line("SKU-10", 1, 1, 0))),
                new ShipmentUpdate("9999", "SH-X", SHIPPED, "DHL", List.of("JD99"), List.of(line("SKU-10", 1, 0, 0))),
                new ShipmentUpdate("5002", "SH-3", SHIPPED, "UPS", List.of("1Z3"), List.of(line("SKU-12-RED", 1, 0, 0))),
                new ShipmentUpdate("5002", "SH-4", SHIPPED, "UPS", List.of("1Z4"), List.of(line("SKU-10", 1, 0, 0))),
                new ShipmentUpdate("5001", "SH-2", SHIPPED, "DHL", List.of("JD02"),
                        List.of(line("SKU-10", 1, 0, 0), line("SKU-12-RED", 1, 0, 0))),
                new ShipmentUpdate("5001", "SH-1", SHIPPED, "DHL", List.of("JD01"), List.of(line("SKU-10", 1, 1, 0)))));

        assertThat(results).extracting(ShipmentResult::outcome, ShipmentResult::orderComplete).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, false),
                org.assertj.core.groups.Tuple.tuple(Outcome.UNKNOWN_ORDER, false),
                org.assertj.core.groups.Tuple.tuple(Outcome.NOT_ON_ORDER, false),
                org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, true),
                org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, true),
                org.assertj.core.groups.Tuple.tuple(Outcome.ALREADY_APPLIED, true));
        assertThat(store.postStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.hposStatus(5002)).isEqualTo("wc-completed");
        assertThat(store.notes(5001)).containsExactly(
                "Shipped by DHL (shipment SH-1): tracking JD01. Partial shipment: shipped 1 × SKU-10; backordered 1 × SKU-10.",
                "Shipped by DHL (shipment SH-2): tracking JD02.");
        assertThat(store.notes(5002)).containsExactly("Shipped by UPS (shipment SH-4): tracking 1Z4.");
        for (String stored : List.of(store.postMeta(5001, "_wc_shipment_tracking_items"),
                store.hposMeta(5001, "_wc_shipment_tracking_items"))) {
            assertThat(WooCommerceTrackingItems.trackingNumbers(WooCommerceTrackingItems.entries(stored)))
                    .containsExactly("JD01", "JD02");
        }
        assertThat(PhpSerialized.parse(store.postMeta(5001, "_cartbridge_shipped")))
                .isEqualTo(Map.of("SKU-10", "2", "SKU-12-RED", "1"));
        assertThat(PhpSerialized.parse(store.hposMeta(5002, "_cartbridge_shipments"))).isEqualTo(Map.of(0L, "SH-4"));
        assertThat(store.jdbc().queryForObject("SELECT COUNT(*) FROM wp_postmeta WHERE post_id = 5001 "
                + "AND meta_key = '_cartbridge_shipments'", Integer.class)).as("one row per key").isEqualTo(1);
    }

    @Test
    void aRepeatedShipmentChangesNothing() {
        WooCommerceTestStore store = store("wp_");
        Sink sink = sink(store, "wp_", "hpos");
        ShipmentUpdate update = new ShipmentUpdate("5001", "SH-1", SHIPPED, "UPS", List.of("1Z001"),
                List.of(line("SKU-10", 1, 1, 0)));
        assertThat(sink.apply(update).outcome()).isEqualTo(Outcome.APPLIED);
        List<String> before = snapshot(store);

        ShipmentResult again = sink.apply(update);
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(again.orderComplete()).isFalse();
        assertThat(snapshot(store)).isEqualTo(before);
        assertThat(store.notes(5001)).hasSize(1);
    }

    @Test
    void unknownOrdersAndSkusNotOnTheOrderAreReportedWithNothingWritten() {
        WooCommerceTestStore store = store("wp_");
        store.product(20, "SKU-20", null);
        List<String> before = snapshot(store);
        for (String storage : List.of("hpos", "posts")) {
            Sink sink = sink(store, "wp_", storage);
            ShipmentResult unknown = sink.apply(new ShipmentUpdate("9999", "SH-9", SHIPPED, "UPS", List.of("1Z9"),
                    List.of(line("SKU-10", 1, 0, 0))));
            assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
            assertThat(unknown.detail()).contains("9999");
            assertThat(sink.apply(new ShipmentUpdate("#5001", "SH-9", SHIPPED, "UPS", List.of(), List.of())).outcome())
                    .isEqualTo(Outcome.UNKNOWN_ORDER);
            // product 20 exists in the shop but is not on order 5001
            ShipmentResult notOnOrder = sink.apply(new ShipmentUpdate("5001", "SH-9", SHIPPED, "UPS", List.of("1Z9"),
                    List.of(line("SKU-10", 2, 0, 0), line("SKU-20", 1, 0, 0), line("NOPE", 1, 0, 0))));
            assertThat(notOnOrder.outcome()).isEqualTo(Outcome.NOT_ON_ORDER);
            assertThat(notOnOrder.detail()).contains("SKU-20", "NOPE").doesNotContain("SKU-10,");
            assertThat(notOnOrder.linesNotOnOrder()).as("SKU-20 and NOPE").isEqualTo(2);
            assertThat(snapshot(store)).isEqualTo(before);
        }
    }

    @Test
    void nonAsciiCarrierRoundTripsAndOtherTrackingEntriesAreKept() {
        WooCommerceTestStore store = store("wp_");
        String theirs = WooCommerceTrackingItems.merge(null, "manual", SHIPPED, "Bring", List.of("OLD-1"));
        store.jdbc().update("INSERT INTO wp_wc_orders_meta (order_id, meta_key, meta_value) VALUES (5001, ?, ?)",
                "_wc_shipment_tracking_items", theirs);
        store.meta(5001, "_wc_shipment_tracking_items", theirs);
        String carrier = "Posten Norge – Åsane 🚚";

        sink(store, "wp_", "hpos").apply(new ShipmentUpdate("5001", "SH-Ø", SHIPPED, carrier, List.of("OLD-1", "LX123NO"),
                List.of(line("SKU-10", 2, 0, 0), line("SKU-12-RED", 0, 0, 1))));

        String stored = store.hposMeta(5001, "_wc_shipment_tracking_items");
        assertThat(stored).contains("s:" + carrier.getBytes(StandardCharsets.UTF_8).length + ":\"" + carrier + "\"");
        assertThat(store.postMeta(5001, "_wc_shipment_tracking_items")).isEqualTo(stored);
        List<Object> entries = WooCommerceTrackingItems.entries(stored);
        assertThat(WooCommerceTrackingItems.trackingNumbers(entries)).containsExactly("OLD-1", "LX123NO");
        assertThat(((Map<?, ?>) entries.get(0)).get("custom_tracking_provider")).isEqualTo("Bring");
        assertThat(((Map<?, ?>) entries.get(1)).get("custom_tracking_provider")).isEqualTo(carrier);
        assertThat(store.notes(5001)).containsExactly("Shipped by " + carrier + " (shipment SH-Ø): tracking OLD-1, LX123NO. "
                + "Partial shipment: shipped 2 × SKU-10; cancelled 1 × SKU-12-RED.");
        assertThat(store.hposStatus(5001)).isEqualTo("wc-processing");
    }

    @Test
    void anOrderOnlyInHposIsWrittenThereOnly() {
        WooCommerceTestStore store = store("wp_");
        store.jdbc().update("DELETE FROM wp_posts WHERE ID = 5001");
        store.jdbc().update("DELETE FROM wp_postmeta WHERE post_id = 5001");
        ShipmentResult result = sink(store, "wp_", "hpos").apply(new ShipmentUpdate("5001", "SH-1", null, null, List.of(),
                List.of(line("SKU-10", 2, 0, 0), line("SKU-12-RED", 1, 0, 0))));
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(store.hposStatus(5001)).isEqualTo("wc-completed");
        assertThat(store.notes(5001)).containsExactly("Shipped (shipment SH-1).");
        assertThat(store.jdbc().queryForObject("SELECT COUNT(*) FROM wp_postmeta WHERE post_id = 5001", Integer.class)).isZero();
        assertThat(sink(store, "wp_", "posts").apply(new ShipmentUpdate("5001", "SH-2", null, null, List.of(), List.of()))
                .outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
    }

    @Test
    void anOrderOnlyInPostsStorageIsWrittenThereOnly() {
        WooCommerceTestStore store = store("wp_");
        store.jdbc().update("DELETE FROM wp_wc_orders WHERE id = 5001");
        ShipmentResult result = sink(store, "wp_", "posts").apply(new ShipmentUpdate("5001", "SH-1", SHIPPED, "GLS",
                List.of("GLS-1"), List.of(line("SKU-10", 2, 0, 0), line("SKU-12-RED", 1, 0, 0))));
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.orderComplete()).isTrue();
        assertThat(store.postStatus(5001)).isEqualTo("wc-completed");
        assertThat(WooCommerceTrackingItems.trackingNumbers(WooCommerceTrackingItems.entries(
                store.postMeta(5001, "_wc_shipment_tracking_items")))).containsExactly("GLS-1");
        assertThat(store.count("wc_orders_meta")).isZero();
        assertThat(store.jdbc().queryForObject("SELECT date_completed_gmt IS NULL FROM wp_wc_order_operational_data "
                + "WHERE order_id = 5001", Boolean.class)).isTrue();
    }

    @Test
    void aPostsStorageShopWithoutHposTablesPassesTheTableCheckAndIsWrittenInPostsStorage() {
        WooCommerceTestStore store = store("wp_");
        store.jdbc().execute(DROP_HPOS_TABLES);
        WooCommercePlugin plugin = new WooCommercePlugin(store.jdbc(), "wp_", "posts");

        assertThat(plugin.missingTables()).isNull();
        ShipmentResult result = OrderShipments.apply(plugin, List.of(new ShipmentUpdate("5001", "SH-1", SHIPPED, "GLS",
                List.of("GLS-1"), List.of(line("SKU-10", 2, 0, 0), line("SKU-12-RED", 1, 0, 0))))).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(store.postStatus(5001)).isEqualTo("wc-completed");
        assertThat(WooCommerceTrackingItems.trackingNumbers(WooCommerceTrackingItems.entries(
                store.postMeta(5001, "_wc_shipment_tracking_items")))).containsExactly("GLS-1");
        assertThat(new WooCommercePlugin(store.jdbc(), "wp_", "hpos").missingTables())
                .isEqualTo("no tables wp_wc_orders, wp_wc_orders_meta, wp_wc_order_addresses, wp_wc_order_operational_data "
                        + "(WooCommerce hpos storage needs them; cartbridge.cart.table-prefix is 'wp_', "
                        + "cartbridge.cart.woocommerce.storage is 'hpos')");
    }

    /** Every row the sink may write: order rows, order meta in both storages, notes. */
    private static List<String> snapshot(WooCommerceTestStore store) {
        String p = store.jdbc().queryForObject("SELECT SUBSTRING_INDEX(table_name, 'wc_orders', 1) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name LIKE '%wc_orders'", String.class);
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("SELECT id, status, date_updated_gmt FROM " + p + "wc_orders ORDER BY id",
                "SELECT order_id, date_completed_gmt FROM " + p + "wc_order_operational_data ORDER BY order_id",
                "SELECT id, order_id, meta_key, meta_value FROM " + p + "wc_orders_meta ORDER BY id",
                "SELECT meta_id, post_id, meta_key, meta_value FROM " + p + "postmeta ORDER BY meta_id",
                "SELECT ID, post_status, post_modified_gmt FROM " + p + "posts ORDER BY ID",
                "SELECT comment_ID, comment_post_ID, comment_content FROM " + p + "comments ORDER BY comment_ID")) {
            store.jdbc().queryForList(sql).forEach(row -> rows.add(row.toString()));
        }
        return rows;
    }
}
