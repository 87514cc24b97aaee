package io.cartbridge.agent.cart;

import java.util.Optional;

/**
 * What CartBridge needs from one cart platform, for one store: made by its {@link CartPlatform}. Every platform has
 * the same roles: {@code <Platform>OrderSource}, {@code <Platform>ShipmentSink}, {@code <Platform>InventorySink}
 * and, where the platform has them, {@code <Platform>OrderNotes}.
 *
 * <p>A plugin only reads and writes its platform's rows. The rules (which orders still need sending, how much of a
 * line has shipped, when an order is complete, the text of the notes, how much stock is promised to orders the
 * warehouse had not seen) are the core's: the plugin reports what the cart holds and writes what it is told.
 */
public interface CartPlugin {

    /**
     * Whether the tables the plugin's statements use are all in the cart's database under the configured
     * prefix: {@code null} if so, else one sentence naming what is missing and the settings to look at.
     */
    String missingTables();

    /** What the plugin works on, for {@code check}: "WooCommerce hpos storage, 10 tables under 'wp_'". */
    String describe();

    /** The paid orders, a page at a time (the core adapts it to a restartable reader). */
    OrderSource orderSource();

    /** Writes shipment confirmations (shipped quantities, tracking, note, completion) to the cart's orders. */
    ShipmentSink shipmentSink();

    /** Writes the warehouse's stock levels to the cart's managed-stock products. */
    InventorySink inventorySink();

    /**
     * Notes that store staff see on the order page, for platforms that have them; empty for one that has none, and
     * then the core writes no note text at all (not to the order-notes step, not with shipments).
     */
    default Optional<OrderNotes> orderNotes() {
        return Optional.empty();
    }

    /**
     * A cheap probe of the latest change to the paid orders, for platforms that can answer it with one indexed
     * query; empty for one that cannot, and then {@code serve}'s trigger leaves its stores to the schedule.
     */
    default Optional<ChangeProbe> changes() {
        return Optional.empty();
    }

    /**
     * The store's web API, where its write-back goes through one ({@code write-back: api}), for {@code check}; empty
     * for table writes.
     */
    default Optional<ApiProbe> api() {
        return Optional.empty();
    }
}
