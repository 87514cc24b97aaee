package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.magento2.Magento2Platform;
import io.cartbridge.agent.cart.magento2.Magento2Properties;
import io.cartbridge.agent.cart.magento2.api.Magento2ApiProperties;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.CartCallLedger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench write-back --platform magento2 [--shipments N] [--items N]}: the two ways back to a Magento
 * 2.4 shop with MSI. Shipments through the REST API ({@code POST V1/order/{id}/ship}, looked before by
 * {@code GET V1/shipments}) against a local stand-in ({@link Magento2ApiStandIn}), in chunks of 100 as shipment-import
 * applies them, with the call ledger on the agent's MariaDB: shipments per second and calls per shipment. Stock for
 * {@code --items} managed products (default 100,000), every one changed, once through the tables (source items and
 * the legacy stock item) and once through {@code POST V1/inventory/source-items}: items per second each way.
 */
final class Magento2WriteBackBench {

    private Magento2WriteBackBench() {
    }

    static int run(int shipments, int items, List<String> springArgs, PrintStream out, Path home) {
        BenchCommand.wipe(home);
        Magento2ApiStandIn routes = new Magento2ApiStandIn();
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"));
             ShopApiStandIn shop = new ShopApiStandIn(home.resolve("shop-api"), routes)) {
            System.setProperty("javax.net.ssl.trustStore", shop.truststore().toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.cart.platform", "magento2");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.putAll(sandbox.agentProperties());
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                CartDatabase cart = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                BenchCommand.emptyDatabase(context.getBean(DataSource.class), Set.of("flyway_schema_history"), false);
                BenchCommand.emptyDatabase(cart.dataSource(), Set.of(), true);
                Magento2BenchStore.createSchema(cart.dataSource());
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                Magento2BenchStore.seedStockedProducts(jdbc, items);
                Magento2BenchStore.seedOrders(jdbc, 2 * shipments);
                CartCallLedger ledger = context.getBean(CartCallLedger.class);
                Magento2ApiProperties api = new Magento2ApiProperties(shop.url(), "benchtoken", 100_000.0, null, null, null, null);
                CartPlugin viaApi = open(cart, api, WriteBack.API, ledger);
                CartPlugin viaApiNoLedger = open(cart, api, WriteBack.API, CartCalls.NONE);
                CartPlugin viaSql = open(cart, api, WriteBack.SQL, ledger);
                out.printf("Prepared %d orders and %d stocked products of a Magento 2 store with MSI in MariaDB, and the "
                        + "local stand-in of its REST API%n", 2 * shipments, items);

                int applied = WriteBackBench.ship(viaApi, shop, 0, shipments, "shipments through the API", out);
                WriteBackBench.ship(viaApiNoLedger, shop, shipments, shipments,
                        "the same without the call ledger (the API side alone)", out);

                double sql = WriteBackBench.stock(viaSql.inventorySink(), items, 7);
                out.printf("stock through the tables (source items, legacy stock item and status): %d items in %.2f s: "
                        + "%.0f per second%n", items, sql, items / sql);
                long before = shop.requests();
                double rest = WriteBackBench.stock(viaApi.inventorySink(), items, 8);
                out.printf("stock through V1/inventory/source-items: %d items in %.2f s: %.0f per second; %d requests "
                        + "(%d items sent)%n", items, rest, items / rest, shop.requests() - before, routes.sourceItems());
                out.printf("shipments made on the stand-in: %d%n", routes.shipments());
                return applied == shipments && routes.shipments() == 2L * shipments ? 0 : 1;
            }
        } catch (IOException | InterruptedException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CartPlugin open(CartDatabase cart, Magento2ApiProperties api, WriteBack writeBack, CartCalls calls) {
        return new Magento2Platform().open(new CartStore("bench", "cartbridge.cart", cart.dataSource(), "",
                new Magento2Properties(null, null, "msi", api), writeBack, calls));
    }
}
