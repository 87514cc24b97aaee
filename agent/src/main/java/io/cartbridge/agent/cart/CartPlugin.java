package io.cartbridge.agent.cart;

/**
 * What CartBridge needs from one cart platform. Every platform has the same roles:
 * {@code <Platform>OrderSource}, {@code <Platform>OrderNotes}, later {@code <Platform>ShipmentSink}
 * and {@code <Platform>InventorySink}.
 */
public interface CartPlugin {

    /** A new reader of paid orders fetching {@code pageSize} orders per query. */
    OrderSource orderSource(int pageSize);

    OrderNotes orderNotes();
}
