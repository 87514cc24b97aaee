package io.cartbridge.agent.cart.magento2;

import java.util.Optional;

import io.cartbridge.agent.cart.ApiProbe;
import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.ChangeProbe;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Magento 2.4 on MariaDB: orders in {@code sales_order} and its items and addresses, shipments as Magento's Ship action
 * writes them ({@code sales_shipment*}, the grids, and with Multi-Source Inventory the source deduction and the
 * balancing reservation), comments in {@code sales_order_status_history}, stock in MSI's {@code inventory_source_item}
 * or, on an install without MSI, the legacy {@code cataloginventory_stock_item}. Which stock the install keeps is read
 * from its tables once. With {@code write-back: api} shipments and MSI stock go through Magento's REST API instead
 * ({@link Magento2ApiShipmentSink}, {@link Magento2InventorySink}); orders are read from the database either way.
 */
final class Magento2Plugin implements CartPlugin {

    private final JdbcTemplate jdbc;
    private final Magento2Tables tables;
    private final Magento2Properties settings;
    private final String settingsPrefix;
    private final TransactionTemplate transaction;
    private final Api api;
    private volatile Boolean msi;

    /**
     * The store's REST API, for {@code write-back: api}.
     *
     * @param store the store's name, the ledger's key of its calls
     * @param calls the ledger's journal of calls
     */
    record Api(Magento2Api api, String store, CartCalls calls) {
    }

    /**
     * @param tablePrefix    an already validated identifier prefix, "" on a standard install
     * @param settingsPrefix where the store's settings are, for messages: {@code cartbridge.stores.shop}
     */
    Magento2Plugin(JdbcTemplate jdbc, String tablePrefix, Magento2Properties settings, String settingsPrefix) {
        this(jdbc, tablePrefix, settings, settingsPrefix, null);
    }

    /** @param api the shop's REST API, which then takes shipments and MSI stock; {@code null} for table writes */
    Magento2Plugin(JdbcTemplate jdbc, String tablePrefix, Magento2Properties settings, String settingsPrefix, Api api) {
        this.api = api;
        this.jdbc = jdbc;
        this.tables = new Magento2Tables(tablePrefix);
        this.settings = settings;
        this.settingsPrefix = settingsPrefix;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @Override
    public String missingTables() {
        return Magento2Schema.missingTables(jdbc, tables.prefix(), settingsPrefix);
    }

    @Override
    public String describe() {
        return "Magento 2 " + (msi() ? "with MSI" : "with legacy stock") + ", " + settings.describe() + ", "
                + (Magento2Schema.TABLE_NAMES.size() + (msi() ? Magento2Schema.MSI_TABLE_NAMES.size() : 0))
                + " tables under '" + tables.prefix() + "'" + (api == null ? "" : ", write-back through the REST API");
    }

    /** Whether the install keeps its stock in MSI's tables: as configured, else whether they are there (asked once). */
    boolean msi() {
        if (msi == null) {
            msi = settings.stock().equals("auto") ? Magento2Schema.msi(jdbc, tables.prefix()) : settings.stock().equals("msi");
        }
        return msi;
    }

    @Override
    public OrderSource orderSource() {
        return new Magento2OrderSource(jdbc, tables, settings.statuses());
    }

    @Override
    public ShipmentSink shipmentSink() {
        if (api != null) {
            return new Magento2ApiShipmentSink(jdbc, tables, api.api(), msi() ? settings.sourceCode() : null, api.store(),
                    api.calls());
        }
        return new Magento2ShipmentSink(jdbc, transaction, tables,
                msi() ? new Magento2SourceDeduction(jdbc, tables, settings.sourceCode()) : null);
    }

    @Override
    public InventorySink inventorySink() {
        return new Magento2InventorySink(jdbc, transaction, tables, msi(), settings.sourceCode(),
                api == null ? null : api.api());
    }

    @Override
    public Optional<ApiProbe> api() {
        return Optional.ofNullable(api).map(a -> a.api()::probe);
    }

    @Override
    public Optional<OrderNotes> orderNotes() {
        return Optional.of(new Magento2OrderNotes(jdbc, transaction, tables));
    }

    @Override
    public Optional<ChangeProbe> changes() {
        return Optional.of(new Magento2ChangeProbe(jdbc, tables, settings.statuses()));
    }
}
