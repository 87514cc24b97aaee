package io.cartbridge.agent.cart.woocommerce;

import java.util.Optional;

import io.cartbridge.agent.cart.ApiProbe;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.ChangeProbe;
import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WooCommerce on MariaDB: orders in HPOS tables ({@code wc_orders}) or legacy posts storage,
 * order lines in {@code woocommerce_order_items}, notes as {@code order_note} comments, tracking in
 * the Shipment Tracking extension's order meta, stock in product meta and {@code wc_product_meta_lookup}.
 */
final class WooCommercePlugin implements CartPlugin {

    private final JdbcTemplate jdbc;
    private final String tablePrefix;
    private final WooCommerceTables tables;
    private final boolean hpos;
    private final TransactionTemplate transaction;
    private final String settingsPrefix;
    private volatile Boolean hposTables;
    /** The REST API, for {@code write-back: api}; {@code null} for table writes. */
    private final WooCommerceApi api;

    /** A plugin for the single-shop settings ({@code cartbridge.cart.*}). */
    WooCommercePlugin(JdbcTemplate jdbc, String tablePrefix, String storage) {
        this(jdbc, tablePrefix, storage, CartProperties.SHORTHAND);
    }

    /**
     * @param tablePrefix    an already validated identifier prefix such as {@code wp_}
     * @param storage        {@code hpos} or {@code posts}
     * @param settingsPrefix where the store's settings are, for messages: {@code cartbridge.stores.shop}
     */
    WooCommercePlugin(JdbcTemplate jdbc, String tablePrefix, String storage, String settingsPrefix) {
        this(jdbc, tablePrefix, storage, settingsPrefix, null);
    }

    /** @param api the shop's REST API, which then takes shipments and stock; {@code null} for table writes */
    WooCommercePlugin(JdbcTemplate jdbc, String tablePrefix, String storage, String settingsPrefix, WooCommerceApi api) {
        this.api = api;
        this.jdbc = jdbc;
        this.settingsPrefix = settingsPrefix;
        this.tablePrefix = tablePrefix;
        this.tables = new WooCommerceTables(tablePrefix);
        this.hpos = !"posts".equals(storage);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @Override
    public String missingTables() {
        return WooCommerceSchema.missingTables(jdbc, tablePrefix, hpos, settingsPrefix);
    }

    @Override
    public String describe() {
        return "WooCommerce " + (hpos ? "hpos" : "posts") + " storage, " + WooCommerceSchema.tables(hpos).size()
                + " tables under '" + tablePrefix + "'" + (api == null ? "" : ", write-back through the REST API");
    }

    @Override
    public OrderSource orderSource() {
        return new WooCommerceOrderSource(jdbc, tables, hpos);
    }

    @Override
    public Optional<ChangeProbe> changes() {
        return Optional.of(new WooCommerceChangeProbe(jdbc, tables, hpos));
    }

    /** Whether a posts-storage shop also has the HPOS tables, to keep its orders there in step; asked once. */
    private boolean hposTables() {
        if (hposTables == null) {
            hposTables = WooCommerceSchema.hasHposTables(jdbc, tablePrefix);
        }
        return hposTables;
    }

    @Override
    public Optional<OrderNotes> orderNotes() {
        return Optional.of(new WooCommerceOrderNotes(jdbc, tables));
    }

    @Override
    public Optional<ApiProbe> api() {
        return Optional.ofNullable(api).map(a -> a::probe);
    }

    @Override
    public ShipmentSink shipmentSink() {
        if (api != null) {
            return api.shipmentSink();
        }
        return new WooCommerceShipmentSink(jdbc, transaction, tables, hpos, hpos || hposTables());
    }

    @Override
    public InventorySink inventorySink() {
        if (api != null) {
            return new WooCommerceInventorySink(jdbc, transaction, tables, () -> new WooCommerceApiStockWrites(jdbc, tables, api.stock()));
        }
        return new WooCommerceInventorySink(jdbc, transaction, tables);
    }
}
