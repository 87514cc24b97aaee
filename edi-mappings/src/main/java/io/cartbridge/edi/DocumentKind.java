package io.cartbridge.edi;

/**
 * What a warehouse document is for, whatever its format: the agent's jobs, ledger and file names work with these,
 * each format maps its own document types to them (X12 940 and EDIFACT ORDERS are both an {@link #ORDER}).
 *
 * @since 0.2
 */
public enum DocumentKind {
    /** The shop's order to the warehouse: X12 940, EDIFACT ORDERS, an XML order file. */
    ORDER,
    /** What the warehouse shipped: X12 945 and 856, EDIFACT DESADV, an XML shipment confirmation. */
    SHIPMENT_CONFIRMATION,
    /** The warehouse's stock: X12 846, EDIFACT INVRPT, an XML inventory snapshot. */
    INVENTORY_SNAPSHOT,
    /** That a file was received, accepted or rejected: X12 997 and 999, EDIFACT CONTRL, an XML acknowledgment. */
    ACKNOWLEDGMENT
}
