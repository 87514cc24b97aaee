package io.cartbridge.agent.cart.prestashop;

import java.util.Optional;

import io.cartbridge.agent.cart.ApiProbe;
import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PrestaShop 8 on MariaDB: paid orders by their current state's flags in {@code order_state}, lines from
 * {@code order_detail}, tracking in {@code order_carrier}, the shipped state through {@code order_history} and
 * {@code orders.current_state}, stock in {@code stock_available}. PrestaShop has no order notes a module writes
 * without its messaging tables, so the plugin offers none. With {@code write-back: api} shipments go through the
 * webservice ({@link PrestaShopApiShipmentSink}); stock stays on the tables either way (PrestaShop keeps it in
 * {@code stock_available} without a persistent object cache, and its webservice takes one row a request).
 */
final class PrestaShopPlugin implements CartPlugin {

    private final JdbcTemplate jdbc;
    private final PrestaShopTables tables;
    private final PrestaShopProperties settings;
    private final String settingsPrefix;
    private final TransactionTemplate transaction;
    private volatile boolean shipmentTable;
    /** The webservice, for {@code write-back: api}; {@code null} for table writes. */
    private final PrestaShopApiCalls api;
    private final String store;
    private final CartCalls calls;

    /**
     * @param tablePrefix    an already validated identifier prefix such as {@code ps_}
     * @param settingsPrefix where the store's settings are, for messages: {@code cartbridge.stores.shop}
     */
    PrestaShopPlugin(JdbcTemplate jdbc, String tablePrefix, PrestaShopProperties settings, String settingsPrefix) {
        this(jdbc, tablePrefix, settings, settingsPrefix, null, null, CartCalls.NONE);
    }

    /**
     * @param api   the shop's webservice, which then takes shipments; {@code null} for table writes
     * @param store the store's name, the ledger's key of its calls
     * @param calls the ledger's journal of calls
     */
    PrestaShopPlugin(JdbcTemplate jdbc, String tablePrefix, PrestaShopProperties settings, String settingsPrefix,
                     PrestaShopApiCalls api, String store, CartCalls calls) {
        this.api = api;
        this.store = store;
        this.calls = calls;
        this.jdbc = jdbc;
        this.tables = new PrestaShopTables(tablePrefix);
        this.settings = settings;
        this.settingsPrefix = settingsPrefix;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @Override
    public String missingTables() {
        return PrestaShopSchema.missingTables(jdbc, tables.prefix(), settingsPrefix);
    }

    @Override
    public String describe() {
        return "PrestaShop " + settings.describe() + ", " + PrestaShopSchema.TABLE_NAMES.size() + " tables under '"
                + tables.prefix() + "'" + (api == null ? "" : ", write-back through the webservice");
    }

    @Override
    public OrderSource orderSource() {
        return new PrestaShopOrderSource(jdbc, tables, settings.shopId());
    }

    @Override
    public Optional<ApiProbe> api() {
        return Optional.ofNullable(api).map(a -> a::probe);
    }

    @Override
    public ShipmentSink shipmentSink() {
        if (!shipmentTable) {
            // DDL commits on MariaDB: run once, outside any shipment's transaction
            jdbc.execute(tables.sql(PrestaShopSchema.CREATE_SHIPMENTS));
            shipmentTable = true;
        }
        if (api != null) {
            return new PrestaShopApiShipmentSink(api, jdbc, tables, store, calls);
        }
        return new PrestaShopShipmentSink(jdbc, transaction, tables, settings);
    }

    @Override
    public InventorySink inventorySink() {
        return new PrestaShopInventorySink(jdbc, transaction, tables, settings);
    }
}
