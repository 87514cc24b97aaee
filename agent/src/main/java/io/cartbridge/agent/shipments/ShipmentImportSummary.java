package io.cartbridge.agent.shipments;

import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummary;

/**
 * What one shipment-import run did: only the shipments this execution recorded. A shipment is one
 * warehouse shipment id, however many orders it covers; an order is counted once however many of its
 * shipments the run applied, and counts as completed when one of them completed it.
 *
 * @param read               shipment confirmations (one per order of a notice) this run read
 * @param shipments          warehouse shipments applied to at least one order
 * @param orders             orders they were applied to ({@code completed + partial})
 * @param completed          orders now complete
 * @param partial            orders with goods still to ship
 * @param linesNotOnOrder    shipment lines naming an item their order does not have (such a shipment is not applied)
 * @param ordersWithLinesNotOnOrder the orders of those shipments
 * @param unknownOrders      order numbers CartBridge never sent, or the cart does not have
 * @param refusedOrders      orders whose shop's API refused a write (a 4xx, kept with its reason in the ledger and the
 *                           order's trail); not retried until an admin fixes the cause and resends
 */
public record ShipmentImportSummary(long executionId, String partner, long read, long shipments, long orders,
                                    long completed, long partial, long linesNotOnOrder, Listed ordersWithLinesNotOnOrder,
                                    Listed unknownOrders, Listed refusedOrders)
        implements RunSummary {
}
