package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The Magento 2 plugin on Magento 2.4.6's tables (written from its db_schema.xml files) in real MariaDB, with the demo
 * shop of {@code sample-data/magento2}: orders read as Magento ships them, shipments written as its Ship action writes
 * them, stock set so that the salable quantity is right, each twice with the same end state, and the admin's own
 * queries (grids, order state, salable quantity) showing the result.
 */
class Magento2PluginIT {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);
    private static final String SHIPMENT_OF_ORDER_1 =
            "{\"event_type\":\"shipment_created\",\"object_type\":\"order\",\"object_id\":\"1\",\"object_increment_id\":\"000000001\"}";

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.ZERO);
    }

    @Test
    void ordersAreReadAsMagentoShipsThemWithAddressesAndWhatIsLeftToShip() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            assertThat(plugin.missingTables()).isNull();
            assertThat(plugin.describe()).isEqualTo("Magento 2 with MSI, statuses processing, source default, 24 tables under ''");

            List<CartOrder> orders = plugin.orderSource().page(null, 10);

            // 4 waits for payment review (suspected fraud), 5 has shipped all but an e-book, 6 is complete
            assertThat(orders).extracting(CartOrder::cartOrderId).containsExactly("1", "2", "3", "7", "8");
            CartOrder first = orders.get(0);
            assertThat(first.orderNumber()).isEqualTo("000000001");
            assertThat(first.cursor()).isEqualTo("1");
            assertThat(first.shippingMethod()).isEqualTo("flatrate_flatrate");
            assertThat(first.customerNote()).isEqualTo("Sonnez deux fois");
            assertThat(first.shipTo()).isEqualTo(new Address("Zoë Bélanger", null, "12 rue de l'Église", "Bâtiment B",
                    "Besançon", null, "25000", "FR", "+33 6 12 34 56 78", "zoe@example.com"));
            // the configurable T-shirt is one line under the child's SKU; the warranty is virtual
            assertThat(first.lines()).extracting(CartOrderLine::lineNumber, CartOrderLine::productId, CartOrderLine::sku,
                    CartOrderLine::name, l -> l.quantity().intValueExact())
                    .containsExactly(tuple(1, "1", "MUG-1", "Mug", 2), tuple(2, "2", "TS-RED-M", "T-shirt", 1));
            CartOrder second = orders.get(1);
            assertThat(second.shipTo().line2()).isEqualTo("Suite 500, Floor 5");
            assertThat(second.shipTo().state()).isEqualTo("CA");
            assertThat(second.shipTo().company()).isEqualTo("Acme Inc.");
            assertThat(second.shippingMethod()).isEqualTo("tablerate_bestway");
            // the gift box ships as its children; the poster was deleted from the catalog and ships by its SKU
            assertThat(second.lines()).extracting(CartOrderLine::productId, CartOrderLine::sku, l -> l.quantity().intValueExact())
                    .containsExactly(tuple("1", "MUG-1", 1), tuple("6", "TEA-50", 2), tuple("10", "POSTER-OLD", 1));
            // 3 mugs, 1 shipped; 2 teas, 1 refunded
            assertThat(orders.get(2).lines()).extracting(CartOrderLine::sku, l -> l.quantity().intValueExact())
                    .containsExactly(tuple("MUG-1", 2), tuple("TEA-50", 1));
            // the starter kit ships together: the bundle's own line
            assertThat(orders.get(3).lines()).extracting(CartOrderLine::sku, l -> l.quantity().intValueExact())
                    .containsExactly(tuple("STARTER-KIT", 1));

            assertThat(plugin.orderSource().page("1", 1)).extracting(CartOrder::cartOrderId).containsExactly("2");
            assertThat(plugin.orderSource().page("8", 10)).isEmpty();
            assertThat(plugin.orderSource().orderedUnits(List.of("1", "3", "5", "nope")))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "1", Map.of("MUG-1", new BigDecimal("2.0000"), "TS-RED-M", new BigDecimal("1.0000")),
                            "3", Map.of("MUG-1", new BigDecimal("2.0000"), "TEA-50", new BigDecimal("1.0000")),
                            "5", Map.of()));
            String probe = plugin.changes().orElseThrow().latest();
            store.jdbc().update("UPDATE sales_order SET state = 'processing', status = 'processing' WHERE entity_id = 4");
            assertThat(plugin.changes().orElseThrow().latest()).isNotEqualTo(probe);
        }
    }

    @Test
    void aFullShipmentIsWrittenAsMagentosShipActionWritesItAndTwiceChangesNothing() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            BigDecimal salableMug = store.salable("MUG-1");
            ShipmentUpdate update = new ShipmentUpdate("1", "SH-1", SHIPPED, "UPSN", List.of("1Z001", "1Z002"),
                    List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)));

            ShipmentResult result = OrderShipments.apply(plugin, List.of(update)).get(0);

            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(result.orderComplete()).isTrue();
            assertFullyShipped(store, salableMug);
            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::cartOrderId).containsExactly("2", "3", "7", "8");

            ShipmentResult again = OrderShipments.apply(plugin, List.of(update)).get(0);

            assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
            assertFullyShipped(store, salableMug);
        }
    }

    private static void assertFullyShipped(Magento2TestStore store, BigDecimal salableMug) {
        assertThat(store.order(1)).isEqualTo("complete/complete");
        assertThat(store.gridStatus(1)).isEqualTo("complete");
        assertThat(store.shipmentGrid(1)).containsExactly("000000004 000000001 3 complete Zoë Bélanger");
        assertThat(store.rows("SELECT order_item_id, sku, qty + 0 AS qty FROM sales_shipment_item WHERE parent_id = 4 ORDER BY entity_id"))
                .extracting(r -> tuple(((Number) r.get("order_item_id")).intValue(), r.get("sku"), ((BigDecimal) r.get("qty")).intValue()))
                .containsExactly(tuple(1, "MUG-1", 2), tuple(2, "TS-RED-M", 1));
        // the configurable's parent item carries the shipped units, as Magento registers them
        assertThat(store.shipped(1)).isEqualByComparingTo("2");
        assertThat(store.shipped(2)).isEqualByComparingTo("1");
        assertThat(store.shipped(3)).isEqualByComparingTo("0");
        assertThat(store.rows("SELECT carrier_code, title, track_number FROM sales_shipment_track WHERE order_id = 1 ORDER BY entity_id"))
                .extracting(r -> tuple(r.get("carrier_code"), r.get("title"), r.get("track_number")))
                .containsExactly(tuple("ups", "UPSN", "1Z001"), tuple("ups", "UPSN", "1Z002"));
        assertThat(store.rows("SELECT source_code FROM inventory_shipment_source WHERE shipment_id = 4")).hasSize(1);
        assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("98");
        assertThat(store.sourceQuantity("TS-RED-M")).isEqualByComparingTo("9");
        assertThat(store.legacyStock("MUG-1")).isEqualTo("98/1");
        assertThat(store.rows("SELECT sku, quantity, metadata FROM inventory_reservation WHERE metadata = ? ORDER BY reservation_id",
                SHIPMENT_OF_ORDER_1)).extracting(r -> tuple(r.get("sku"), ((BigDecimal) r.get("quantity")).intValue()))
                .containsExactly(tuple("MUG-1", 2), tuple("TS-RED-M", 1));
        // the reservation balances the order's: what the shop can sell has not moved
        assertThat(store.salable("MUG-1")).isEqualByComparingTo(salableMug);
        assertThat(store.salable("TS-RED-M")).isEqualByComparingTo("9");
        assertThat(store.rows("SELECT comment, status, entity_name FROM sales_order_status_history WHERE parent_id = 1"))
                .extracting(r -> tuple(r.get("comment"), r.get("status"), r.get("entity_name")))
                .containsExactly(tuple("Shipped by UPSN (shipment SH-1): tracking 1Z001, 1Z002.", "complete", "shipment"));
        assertThat(store.count("sales_shipment")).isEqualTo(4);
        assertThat(store.count("sequence_shipment_1")).isEqualTo(4);
        assertThat(store.count("inventory_reservation")).isEqualTo(19);
    }

    @Test
    void aPartialShipmentLeavesTheOrderProcessingUntilTheRestShipsAndEachIsAppliedOnce() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            ShipmentUpdate first = new ShipmentUpdate("3", "SH-A", SHIPPED, "DHL", List.of("JD01"), List.of(line("MUG-1", 1, 1)));
            ShipmentUpdate rest = new ShipmentUpdate("3", "SH-B", SHIPPED, "Acme Freight", List.of("AF9"),
                    List.of(line("MUG-1", 1, 0), line("TEA-50", 1, 0)));

            ShipmentResult partial = OrderShipments.apply(plugin, List.of(first)).get(0);
            OrderShipments.apply(plugin, List.of(first));

            assertThat(partial.orderComplete()).isFalse();
            assertThat(store.order(3)).isEqualTo("processing/processing");
            assertThat(store.gridStatus(3)).isEqualTo("processing");
            assertThat(store.shipped(9)).isEqualByComparingTo("2");
            assertThat(store.shipmentGrid(3)).containsExactly("000000001 000000003 1 processing Zoë Bélanger",
                    "000000004 000000003 1 processing Zoë Bélanger");
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("99");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("92");
            assertThat(plugin.orderSource().page("2", 1).get(0).lines()).extracting(CartOrderLine::sku, l -> l.quantity().intValueExact())
                    .containsExactly(tuple("MUG-1", 1), tuple("TEA-50", 1));

            ShipmentResult last = OrderShipments.apply(plugin, List.of(rest)).get(0);
            OrderShipments.apply(plugin, List.of(rest));

            assertThat(last.orderComplete()).isTrue();
            assertThat(store.order(3)).isEqualTo("complete/complete");
            assertThat(store.gridStatus(3)).isEqualTo("complete");
            assertThat(store.shipmentGrid(3)).containsExactly("000000001 000000003 1 processing Zoë Bélanger",
                    "000000004 000000003 1 processing Zoë Bélanger", "000000005 000000003 2 complete Zoë Bélanger");
            assertThat(store.rows("SELECT carrier_code, title FROM sales_shipment_track WHERE track_number = 'AF9'"))
                    .extracting(r -> tuple(r.get("carrier_code"), r.get("title"))).containsExactly(tuple("custom", "Acme Freight"));
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("98");
            assertThat(store.sourceQuantity("TEA-50")).isEqualByComparingTo("39");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("92");
            assertThat(store.salable("TEA-50")).isEqualByComparingTo("36");
            assertThat(store.rows("SELECT comment FROM sales_order_status_history WHERE parent_id = 3")).hasSize(2);
        }
    }

    @Test
    void bundlesDeletedProductsAndOrdersNotInvoicedShipAsMagentoShipsThem() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            List<ShipmentUpdate> updates = List.of(
                    new ShipmentUpdate("2", "SH-2", SHIPPED, "FDEG", List.of("FX2"),
                            List.of(line("MUG-1", 1, 0), line("TEA-50", 2, 0), line("POSTER-OLD", 1, 0))),
                    new ShipmentUpdate("7", "SH-7", SHIPPED, "FDEG", List.of("FX7"), List.of(line("STARTER-KIT", 1, 0))),
                    new ShipmentUpdate("8", "SH-8", SHIPPED, "FDEG", List.of("FX8"), List.of(line("MUG-1", 1, 0))));

            List<ShipmentResult> results = OrderShipments.apply(plugin, updates);
            List<ShipmentResult> again = OrderShipments.apply(plugin, updates);

            assertThat(results).extracting(ShipmentResult::outcome).containsOnly(Outcome.APPLIED);
            assertThat(again).extracting(ShipmentResult::outcome).containsOnly(Outcome.ALREADY_APPLIED);
            assertThat(store.order(2)).isEqualTo("complete/complete");
            assertThat(store.order(7)).isEqualTo("complete/complete");
            // shipped in full, but Magento completes an order only once it is invoiced too
            assertThat(store.order(8)).isEqualTo("processing/processing");
            // the gift box's children ship; the starter kit ships as the bundle and takes its children's stock
            assertThat(store.shipped(6)).isEqualByComparingTo("1");
            assertThat(store.shipped(7)).isEqualByComparingTo("2");
            assertThat(store.shipped(8)).isEqualByComparingTo("1");
            assertThat(store.shipped(15)).isEqualByComparingTo("1");
            assertThat(store.shipped(16)).isEqualByComparingTo("0");
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("97");
            assertThat(store.sourceQuantity("TEA-50")).isEqualByComparingTo("37");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("92");
            assertThat(store.salable("TEA-50")).isEqualByComparingTo("36");
            // a SKU the catalog no longer has still gets its balancing reservation, as MSI places it
            assertThat(store.salable("POSTER-OLD")).isEqualByComparingTo("0");
            // as Magento's ShipmentFactory: the gift box shipped separately is a row of quantity 1 beside its children's
            // (registered on its qty_shipped, not counted in the total); the starter kit shipped together is its own row
            assertThat(store.rows("""
                    SELECT i.order_item_id, i.sku, i.qty + 0 AS qty, s.total_qty + 0 AS total FROM sales_shipment_item i
                    JOIN sales_shipment s ON s.entity_id = i.parent_id WHERE s.order_id IN (2, 7) ORDER BY i.entity_id"""))
                    .extracting(r -> tuple(((Number) r.get("order_item_id")).intValue(), r.get("sku"),
                            ((BigDecimal) r.get("qty")).intValue(), ((BigDecimal) r.get("total")).intValue()))
                    .containsExactly(tuple(5, "GIFT-BOX-MUG-1-TEA-50", 1, 4), tuple(6, "MUG-1", 1, 4), tuple(7, "TEA-50", 2, 4),
                            tuple(8, "POSTER-OLD", 1, 4), tuple(15, "STARTER-KIT", 1, 1));
            assertThat(store.shipped(5)).isEqualByComparingTo("1");
            assertThat(store.shipped(17)).isEqualByComparingTo("0");
            assertThat(store.count("sales_shipment")).isEqualTo(6);
            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::cartOrderId).containsExactly("1", "3");
        }
    }

    @Test
    void stockSetsTheSourceSoThatTheSalableQuantityIsTheLevelAndTwiceChangesNothing() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            List<StockLevel> levels = List.of(new StockLevel("MUG-1", new BigDecimal("50")),
                    new StockLevel("TEA-50", BigDecimal.ZERO), new StockLevel("TS-BLUE-L", new BigDecimal("5")),
                    new StockLevel("TS", new BigDecimal("5")), new StockLevel("GIFT-CARD", new BigDecimal("3")),
                    new StockLevel("GHOST", BigDecimal.ONE));

            InventoryResult result = plugin.inventorySink().apply(levels);

            assertThat(result.changed()).isEqualTo(2);
            assertThat(result.unchanged()).isEqualTo(1);
            assertThat(result.unknownSkus()).containsExactly("GHOST");
            assertThat(result.unmanagedSkus()).containsExactly("TS", "GIFT-CARD");
            // 8 mugs and 4 teas are reserved by orders not shipped yet: the source holds them on top of what sells
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("58");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("50");
            assertThat(store.sourceQuantity("TEA-50")).isEqualByComparingTo("4");
            assertThat(store.salable("TEA-50")).isEqualByComparingTo("0");
            assertThat(store.legacyStock("MUG-1")).isEqualTo("58/1");

            InventoryResult again = plugin.inventorySink().apply(levels);

            assertThat(again.changed()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("50");
        }
    }

    @Test
    void withoutMsiAndUnderAPrefixStockIsTheLegacyQuantityAndShipmentsLeaveIt() {
        try (Magento2TestStore store = new Magento2TestStore("mg_")) {
            for (String table : List.of("inventory_shipment_source", "inventory_reservation", "inventory_stock_sales_channel",
                    "inventory_source_item", "inventory_source_stock_link")) {
                store.jdbc().execute(store.sql("DROP TABLE " + table));
            }
            Magento2Plugin plugin = store.plugin();
            assertThat(plugin.missingTables()).isNull();
            assertThat(plugin.describe()).startsWith("Magento 2 with legacy stock");
            assertThat(new Magento2Plugin(store.jdbc(), "", new Magento2Properties(null, null, null), "cartbridge.stores.shop")
                    .missingTables()).startsWith("no table sales_order (cartbridge.stores.shop.table-prefix is ''; "
                    + "tables found ending in sales_order: mg_sales_order)");
            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::orderNumber)
                    .containsExactly("000000001", "000000002", "000000003", "000000007", "000000008");

            List<StockLevel> levels = List.of(new StockLevel("MUG-1", new BigDecimal("50")), new StockLevel("TEA-50", BigDecimal.ZERO));
            assertThat(plugin.inventorySink().apply(levels).changed()).isEqualTo(2);
            assertThat(plugin.inventorySink().apply(levels).unchanged()).isEqualTo(2);
            assertThat(store.legacyStock("MUG-1")).isEqualTo("50/1");
            assertThat(store.legacyStock("TEA-50")).isEqualTo("0/0");
            assertThat(store.rows("SELECT CAST(qty AS DOUBLE) AS qty, stock_status FROM cataloginventory_stock_status WHERE product_id = 6"))
                    .extracting(r -> tuple(((Number) r.get("qty")).intValue(), ((Number) r.get("stock_status")).intValue()))
                    .containsExactly(tuple(0, 0));

            OrderShipments.apply(plugin, List.of(new ShipmentUpdate("1", "SH-1", SHIPPED, "UPS", List.of("1Z"),
                    List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)))));

            assertThat(store.order(1)).isEqualTo("complete/complete");
            assertThat(store.legacyStock("MUG-1")).as("Magento took the units when the order was placed").isEqualTo("50/1");
        }
    }

    @Test
    void anInstallWhoseInventoryModulesWereDisabledIsToldToUseTheLegacyStock() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = new Magento2Plugin(store.jdbc(), "", new Magento2Properties(null, null, "legacy"),
                    "cartbridge.stores.shop");
            assertThat(plugin.describe()).startsWith("Magento 2 with legacy stock");

            plugin.inventorySink().apply(List.of(new StockLevel("MUG-1", new BigDecimal("50"))));
            OrderShipments.apply(plugin, List.of(new ShipmentUpdate("1", "SH-1", SHIPPED, "UPS", List.of("1Z"),
                    List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)))));

            assertThat(store.legacyStock("MUG-1")).isEqualTo("50/1");
            assertThat(store.sourceQuantity("MUG-1")).as("MSI's tables left alone").isEqualByComparingTo("100");
            assertThat(store.count("inventory_reservation")).isEqualTo(17);
        }
    }

    @Test
    void ordersOnHoldWaitUntilTheMerchantReleasesThem() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            // the admin's Hold: state and status holded, as Order::hold() sets them
            store.jdbc().update("UPDATE sales_order SET state = 'holded', status = 'holded' WHERE entity_id = 1");

            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::cartOrderId).containsExactly("2", "3", "7", "8");

            store.jdbc().update("UPDATE sales_order SET state = 'processing', status = 'processing' WHERE entity_id = 1");

            assertThat(plugin.orderSource().page(null, 10)).extracting(CartOrder::cartOrderId).containsExactly("1", "2", "3", "7", "8");
        }
    }

    @Test
    void aLevelBelowWhatTheOrdersReserveIsSetNoLowerThanMagentoAllowsAndReportedUnlessBackordered() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            Magento2Plugin plugin = store.plugin();
            // units shipped whose placement reservations Magento's cron has cleaned up: the stock's reservations add up
            // to more than the level (TEA-50: -4 + 10 = +6; MUG-1: -8 + 20 = +12)
            store.jdbc().update("""
                    INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata) VALUES (1, 'TEA-50', 10, '{}'),
                      (1, 'MUG-1', 20, '{}')""");
            // the mug may be backordered (its own setting, not the configuration's)
            store.jdbc().update("UPDATE cataloginventory_stock_item SET use_config_backorders = 0, backorders = 1 WHERE product_id = 1");

            InventoryResult result = plugin.inventorySink().apply(List.of(new StockLevel("TEA-50", new BigDecimal("2")),
                    new StockLevel("MUG-1", new BigDecimal("2"))));

            assertThat(result.changed()).isEqualTo(2);
            assertThat(result.adjusted()).containsExactly("TEA-50 0 (-4)");
            // without backorders never below 0, and out of stock at 0
            assertThat(store.sourceQuantity("TEA-50")).isEqualByComparingTo("0");
            assertThat(store.rows("SELECT status FROM inventory_source_item WHERE sku = 'TEA-50'"))
                    .extracting(r -> ((Number) r.get("status")).intValue()).containsExactly(0);
            assertThat(store.legacyStock("TEA-50")).isEqualTo("0/0");
            // with backorders the source goes below 0 and stays in stock, so that what sells is the level
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("-10");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("2");
            assertThat(store.legacyStock("MUG-1")).isEqualTo("-10/1");

            assertThat(plugin.inventorySink().apply(List.of(new StockLevel("TEA-50", new BigDecimal("2")),
                    new StockLevel("MUG-1", new BigDecimal("2")))).unchanged()).isEqualTo(2);

            // shipping the backordered mugs takes the source further below 0; it stays in stock
            OrderShipments.apply(plugin, List.of(new ShipmentUpdate("1", "SH-1", SHIPPED, "UPS", List.of("1Z"),
                    List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)))));
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("-12");
            assertThat(store.legacyStock("MUG-1")).isEqualTo("-12/1");
            assertThat(store.salable("MUG-1")).isEqualByComparingTo("2");
        }
    }

    @Test
    void withSeveralSourcesOnlyTheWarehousesSourceIsSetAndDeducted() {
        try (Magento2TestStore store = new Magento2TestStore("")) {
            store.jdbc().update("""
                    INSERT INTO inventory_source (source_code, name, enabled, country_id, postcode, use_default_carrier_config)
                    VALUES ('eu_3pl', 'EU 3PL', 1, 'DE', '10719', 1)""");
            store.jdbc().update("INSERT INTO inventory_source_stock_link (stock_id, source_code, priority) VALUES (1, 'eu_3pl', 2)");
            store.jdbc().update("INSERT INTO inventory_source_item (source_code, sku, quantity, status) VALUES ('eu_3pl', 'MUG-1', 7, 1)");
            Magento2Plugin plugin = new Magento2Plugin(store.jdbc(), "", new Magento2Properties(null, "eu_3pl", null),
                    "cartbridge.stores.shop");

            plugin.inventorySink().apply(List.of(new StockLevel("MUG-1", new BigDecimal("50")), new StockLevel("TEA-50", BigDecimal.ONE)));
            OrderShipments.apply(plugin, List.of(new ShipmentUpdate("1", "SH-1", SHIPPED, "UPS", List.of("1Z"),
                    List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)))));

            // the warehouse's source: 50 + the 8 mugs reserved, less the 2 shipped; a new row for the tea
            assertThat(store.rows("SELECT source_code, sku, quantity + 0 AS q FROM inventory_source_item WHERE source_code = 'eu_3pl' ORDER BY sku"))
                    .extracting(r -> tuple(r.get("sku"), ((BigDecimal) r.get("q")).intValue()))
                    .containsExactly(tuple("MUG-1", 56), tuple("TEA-50", 5));
            assertThat(store.rows("SELECT source_code FROM inventory_shipment_source WHERE shipment_id = 4"))
                    .extracting(r -> r.get("source_code")).containsExactly("eu_3pl");
            // the default source and the legacy stock that follows it are left alone
            assertThat(store.sourceQuantity("MUG-1")).isEqualByComparingTo("100");
            assertThat(store.sourceQuantity("TS-RED-M")).isEqualByComparingTo("10");
            assertThat(store.legacyStock("MUG-1")).isEqualTo("100/1");
        }
    }
}
