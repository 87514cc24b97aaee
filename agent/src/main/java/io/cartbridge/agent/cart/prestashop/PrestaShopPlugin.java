package io.cartbridge.agent.cart.prestashop;

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
 * without its messaging tables, so the plugin offers none.
 */
final class PrestaShopPlugin implements CartPlugin {

    private final JdbcTemplate jdbc;
    private final PrestaShopTables tables;
    private final PrestaShopProperties settings;
    private final String settingsPrefix;
    private final TransactionTemplate transaction;
    private volatile boolean shipmentTable;

    /**
     * @param tablePrefix    an already validated identifier prefix such as {@code ps_}
     * @param settingsPrefix where the store's settings are, for messages: {@code cartbridge.stores.shop}
     */
    PrestaShopPlugin(JdbcTemplate jdbc, String tablePrefix, PrestaShopProperties settings, String settingsPrefix) {
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
                + tables.prefix() + "'";
    }

    @Override
    public OrderSource orderSource() {
        return new PrestaShopOrderSource(jdbc, tables, settings.shopId());
    }

    @Override
    public ShipmentSink shipmentSink() {
        if (!shipmentTable) {
            // DDL commits on MariaDB: run once, outside any shipment's transaction
            jdbc.execute(tables.sql(PrestaShopSchema.CREATE_SHIPMENTS));
            shipmentTable = true;
        }
        return new PrestaShopShipmentSink(jdbc, transaction, tables, settings);
    }

    @Override
    public InventorySink inventorySink() {
        return new PrestaShopInventorySink(jdbc, transaction, tables, settings);
    }
}
