package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.prestashop.PrestaShopApiProperties;
import io.cartbridge.agent.cart.prestashop.PrestaShopPlatform;
import io.cartbridge.agent.cart.prestashop.PrestaShopProperties;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench write-back --platform prestashop}: shipments through PrestaShop's webservice against a
 * local stand-in ({@link PrestaShopApiStandIn}), in chunks of 100 as shipment-import applies them, with the call
 * ledger on the agent's MariaDB and the order lines on a seeded PrestaShop store: shipments per second and calls per
 * shipment. Then stock for {@code --items} products both ways: the plugin's table writes ({@code stock_available},
 * in calls of 1,000 levels as inventory-import makes them), and the webservice's {@code stock_availables}, which
 * has no batch: a filtered GET per 100 rows to find them, then one PUT per row.
 */
final class PrestaShopWriteBackBench {

    private static final int CHUNK = 100;
    private static final int STOCK_CALL = 1000;
    private static final String KEY = "BENCHBENCHBENCHBENCHBENCHBENCH00";
    private static final String LINES = """
            SELECT id_order, product_reference, product_quantity FROM ps_order_detail ORDER BY id_order, id_order_detail""";

    private PrestaShopWriteBackBench() {
    }

    static int run(int shipments, int items, List<String> springArgs, PrintStream out, Path home) {
        BenchCommand.wipe(home);
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"));
             ShopApiStandIn server = new ShopApiStandIn(home.resolve("shop-api"))) {
            PrestaShopApiStandIn shop = new PrestaShopApiStandIn(server);
            System.setProperty("javax.net.ssl.trustStore", server.truststore().toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.cart.platform", "prestashop");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.putAll(sandbox.agentProperties());
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                CartDatabase cart = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                BenchCommand.emptyDatabase(context.getBean(DataSource.class), Set.of("flyway_schema_history"), false);
                BenchCommand.emptyDatabase(cart.dataSource(), Set.of(), true);
                PrestaShopBenchStore.createSchema(cart.dataSource());
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                PrestaShopBenchStore.seed(jdbc, shipments);
                PrestaShopBenchStore.seedStockedProducts(jdbc, items);
                for (int o = 1; o <= shipments; o++) {
                    shop.order(1000L + o);
                }
                for (int i = 1; i <= items; i++) {
                    shop.stock(100_000L + i, 10);
                }
                PrestaShopApiProperties api = new PrestaShopApiProperties(server.url(), KEY, 100_000.0, null, null, null, null);
                CartCallLedger ledger = context.getBean(CartCallLedger.class);
                CartPlugin viaApi = new PrestaShopPlatform().open(new CartStore("bench", "cartbridge.cart", cart.dataSource(),
                        "ps_", new PrestaShopProperties(null, null, null, api), WriteBack.API, ledger));
                CartPlugin viaSql = new PrestaShopPlatform().open(new CartStore("bench", "cartbridge.cart", cart.dataSource(),
                        "ps_", new PrestaShopProperties(null, null, null)));
                out.printf("Prepared %d paid orders and %d stocked products in a PrestaShop store, the same on the local "
                        + "webservice stand-in%n", shipments, items);

                int applied = ship(viaApi, shop, updates(jdbc), out);
                double sql = stock(viaSql, items);
                out.printf("stock through the tables (stock_available): %d items in %.2f s: %.0f per second%n", items, sql,
                        items / sql);
                long before = shop.requests();
                double ws = stockThroughWebservice(api.client(CartApiClient.jvmTrust()), items);
                out.printf("stock through the webservice (stock_availables, one PUT a row): %d items in %.2f s: %.0f per "
                        + "second; %d requests%n", items, ws, items / ws, shop.requests() - before);
                out.printf("shipped e-mails the stand-in would have sent: %d%n", shop.emails());
                return applied == shipments ? 0 : 1;
            }
        } catch (IOException | InterruptedException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every order shipped in full, one shipment each, with its lines as the store has them. */
    private static List<ShipmentUpdate> updates(JdbcTemplate jdbc) {
        Map<Long, List<ShipmentUpdate.Line>> lines = new LinkedHashMap<>();
        jdbc.query(LINES, rs -> {
            lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ShipmentUpdate.Line(rs.getString(2),
                    rs.getBigDecimal(3), null, null));
        });
        List<ShipmentUpdate> updates = new ArrayList<>();
        lines.forEach((order, shipped) -> updates.add(new ShipmentUpdate(Long.toString(order), "PS" + order, LocalDate.now(),
                "UPS", List.of("1ZBENCH" + order), shipped)));
        return updates;
    }

    private static int ship(CartPlugin plugin, PrestaShopApiStandIn shop, List<ShipmentUpdate> updates, PrintStream out) {
        long before = shop.requests();
        long start = System.nanoTime();
        int applied = 0;
        for (int from = 0; from < updates.size(); from += CHUNK) {
            for (ShipmentResult r : OrderShipments.apply(plugin, updates.subList(from, Math.min(updates.size(), from + CHUNK)))) {
                applied += r.outcome() == ShipmentResult.Outcome.APPLIED && r.orderComplete() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long calls = shop.requests() - before;
        out.printf("shipments through the webservice, with the call ledger: %d applied (order shipped) in %.2f s: %.0f per "
                + "second; %d calls, %.2f per shipment%n", applied, seconds, applied / seconds, calls,
                calls / (double) Math.max(1, applied));
        return applied;
    }

    /** Sets every item to 7 through the plugin's table writes, in calls of {@value #STOCK_CALL}; {@return seconds} */
    private static double stock(CartPlugin plugin, int items) {
        long start = System.nanoTime();
        List<StockLevel> levels = new ArrayList<>(STOCK_CALL);
        for (int i = 1; i <= items; i++) {
            levels.add(new StockLevel(BenchStore.stockSku(i), BigDecimal.valueOf(7)));
            if (levels.size() == STOCK_CALL || i == items) {
                plugin.inventorySink().apply(levels);
                levels.clear();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Sets every item to 8 the only way the webservice offers: find the rows ({@code GET stock_availables} filtered
     * on 100 product ids), then {@code PUT stock_availables/<id>} with the whole row, one a request.
     */
    private static double stockThroughWebservice(CartApiClient api, int items) {
        long start = System.nanoTime();
        for (int from = 1; from <= items; from += CHUNK) {
            StringBuilder ids = new StringBuilder();
            for (int i = from; i < Math.min(items + 1, from + CHUNK); i++) {
                ids.append(ids.isEmpty() ? "" : "|").append(100_000L + i);
            }
            String found = new String(api.exchange("GET", "stock_availables?display=full&filter%5Bid_product%5D=%5B"
                    + ids.toString().replace("|", "%7C") + "%5D", "application/xml", null, null).body(), StandardCharsets.UTF_8);
            for (String row : found.split("<stock_available>")) {
                if (!row.contains("<id><![CDATA[")) {
                    continue;
                }
                String id = row.replaceAll("(?s)^<id><!\\[CDATA\\[(\\d+)]]>.*", "$1");
                String body = "<prestashop><stock_available><id>" + id + "</id><id_product>" + id + "</id_product>"
                        + "<id_product_attribute>0</id_product_attribute><id_shop>1</id_shop><id_shop_group>0</id_shop_group>"
                        + "<quantity>8</quantity><depends_on_stock>0</depends_on_stock><out_of_stock>2</out_of_stock>"
                        + "<location></location></stock_available></prestashop>";
                api.exchange("PUT", "stock_availables/" + id, "application/xml", "application/xml; charset=utf-8",
                        body.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
