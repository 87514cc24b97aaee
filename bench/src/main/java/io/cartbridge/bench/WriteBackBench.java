package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.woocommerce.WooCommercePlatform;
import io.cartbridge.agent.cart.woocommerce.WooCommerceProperties;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiProperties;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.demo.DemoStore;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench write-back [--shipments N] [--items N]}: the two ways back to a WooCommerce shop.
 * Shipments through the REST API ({@code write-back: api}) against a local stand-in of the API
 * ({@link ShopApiStandIn}), in chunks of 100 as shipment-import applies them, with the call ledger on the agent's
 * MariaDB: shipments per second and calls per shipment. Stock for {@code --items} managed products (default
 * 100,000), every one changed, once through the tables ({@code write-back: sql}) and once through
 * {@code products/batch}, in calls of 1,000 levels as inventory-import makes them: items per second each way.
 * With {@code --platform magento2}, the same for Magento ({@link Magento2WriteBackBench}).
 */
final class WriteBackBench {

    private static final int CHUNK = 100;
    private static final int STOCK_CALL = 1000;

    private WriteBackBench() {
    }

    static int run(int shipments, int items, List<String> springArgs, PrintStream out, Path home) {
        BenchCommand.wipe(home);
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"));
             ShopApiStandIn shop = new ShopApiStandIn(home.resolve("shop-api"))) {
            // the stand-in's certificate is trusted the way a shop's private CA would be: through the JVM's trust store
            System.setProperty("javax.net.ssl.trustStore", shop.truststore().toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.putAll(sandbox.agentProperties());
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                CartDatabase cart = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                BenchCommand.emptyDatabase(context.getBean(DataSource.class), Set.of("flyway_schema_history"), false);
                BenchCommand.emptyDatabase(cart.dataSource(), Set.of(), true);
                DemoStore.createSchema(cart.dataSource(), "wp_");
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                BenchStore.seedStockedProducts(jdbc, items);
                for (int o = 1; o <= 2 * shipments; o++) {
                    shop.order(1000L + o, Map.of("SKU-A", 1, "SKU-B", 2));
                }
                CartCallLedger ledger = context.getBean(CartCallLedger.class);
                WooCommerceApiProperties api = new WooCommerceApiProperties(shop.url(), "ck_bench", "cs_bench", 100_000.0,
                        null, null, null, null);
                CartPlugin viaApi = new WooCommercePlatform().open(new CartStore("bench", "cartbridge.cart", cart.dataSource(),
                        "wp_", new WooCommerceProperties("hpos", api), WriteBack.API, ledger));
                CartPlugin viaSql = new WooCommercePlatform().open(new CartStore("bench", "cartbridge.cart", cart.dataSource(),
                        "wp_", new WooCommerceProperties("hpos"), WriteBack.SQL, ledger));
                out.printf("Prepared %d orders on the local WooCommerce API stand-in and %d stocked products in MariaDB%n",
                        shipments, items);

                CartPlugin viaApiNoLedger = new WooCommercePlatform().open(new CartStore("bench", "cartbridge.cart",
                        cart.dataSource(), "wp_", new WooCommerceProperties("hpos", api), WriteBack.API, CartCalls.NONE));
                int applied = ship(viaApi, shop, 0, shipments, "shipments through the API", out);
                ship(viaApiNoLedger, shop, shipments, shipments, "the same without the call ledger (the API side alone)", out);
                long before;

                double sql = stock(viaSql.inventorySink(), items, 7);
                out.printf("stock through the tables: %d items in %.2f s: %.0f per second%n", items, sql, items / sql);
                before = shop.requests();
                double rest = stock(viaApi.inventorySink(), items, 8);
                out.printf("stock through products/batch: %d items in %.2f s: %.0f per second; %d requests (%d items sent)%n",
                        items, rest, items / rest, shop.requests() - before, shop.stockItems());
                out.printf("orders completed on the stand-in: %d%n", shop.completed());
                return applied == shipments ? 0 : 1;
            }
        } catch (IOException | InterruptedException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ships orders {@code from + 1 .. from + count} in chunks; {@return the shipments applied} */
    static int ship(CartPlugin plugin, ShopApiStandIn shop, int from, int count, String what, PrintStream out) {
        long before = shop.requests();
        long start = System.nanoTime();
        int applied = 0;
        for (int first = from; first < from + count; first += CHUNK) {
            List<ShipmentUpdate> chunk = new ArrayList<>();
            for (int o = first + 1; o <= Math.min(from + count, first + CHUNK); o++) {
                chunk.add(new ShipmentUpdate(Long.toString(1000L + o), "BS" + o, LocalDate.now(), "UPS",
                        List.of("1ZBENCH" + o), List.of(new ShipmentUpdate.Line("SKU-A", BigDecimal.ONE, null, null),
                        new ShipmentUpdate.Line("SKU-B", BigDecimal.valueOf(2), null, null))));
            }
            for (ShipmentResult r : OrderShipments.apply(plugin, chunk)) {
                applied += r.outcome() == ShipmentResult.Outcome.APPLIED ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long calls = shop.requests() - before;
        out.printf("%s: %d applied in %.2f s: %.0f per second; %d calls, %.2f per shipment%n", what, applied, seconds,
                applied / seconds, calls, calls / (double) Math.max(1, applied));
        return applied;
    }

    /** Sets every item to the quantity, in calls of {@value #STOCK_CALL}; {@return seconds taken} */
    static double stock(InventorySink sink, int items, int quantity) {
        long start = System.nanoTime();
        List<StockLevel> levels = new ArrayList<>(STOCK_CALL);
        for (int i = 1; i <= items; i++) {
            levels.add(new StockLevel(BenchStore.stockSku(i), BigDecimal.valueOf(quantity)));
            if (levels.size() == STOCK_CALL || i == items) {
                sink.apply(levels);
                levels.clear();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
