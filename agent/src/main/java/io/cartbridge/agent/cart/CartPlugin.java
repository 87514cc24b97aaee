package io.cartbridge.agent.cart;

/**
 * What CartBridge needs from one cart platform. Every platform has the same roles:
 * {@code <Platform>OrderSource}, {@code <Platform>OrderNotes}, {@code <Platform>ShipmentSink} and
 * {@code <Platform>InventorySink}.
 */
public interface CartPlugin {

    /**
     * Whether the tables the plugin's statements use are all in the cart's database under the configured
     * prefix: {@code null} if so, else one sentence naming what is missing and the settings to look at.
     */
    String missingTables();

    /** What the plugin works on, for {@code check}: "WooCommerce hpos storage, 10 tables under 'wp_'". */
    String describe();

    /** A new reader of paid orders fetching {@code pageSize} orders per query. */
    OrderSource orderSource(int pageSize);

    OrderNotes orderNotes();

    /** Writes shipment confirmations (tracking, note, completed status) to the cart's orders. */
    ShipmentSink shipmentSink();

    /** Writes the warehouse's stock levels to the cart's managed-stock products. */
    InventorySink inventorySink();

    /**
     * Units ordered per SKU, summed over these orders (cart order ids); lines without SKU are left
     * out. Used to hold back stock the warehouse has not yet seen orders for.
     */
    java.util.Map<String, java.math.BigDecimal> orderedQuantities(java.util.Collection<String> cartOrderIds);
}
