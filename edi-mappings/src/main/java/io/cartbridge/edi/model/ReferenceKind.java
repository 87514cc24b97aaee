package io.cartbridge.edi.model;

/**
 * What a {@link Reference} number is, whatever format named it: X12 REF/N9 qualifiers (code list 128: {@code BM},
 * {@code CN}, {@code PO} ...) and EDIFACT RFF 1153 ({@code BM}, {@code CN}, {@code ON} ...) map to these.
 *
 * @since 0.3
 */
public enum ReferenceKind {
    /** Bill of lading number (X12 {@code BM}, EDIFACT {@code BM}). */
    BILL_OF_LADING,
    /** The carrier's PRO or consignment number (X12 {@code CN}, EDIFACT {@code CN}). */
    CARRIER_REFERENCE,
    /** A tracking number of the shipment (X12 {@code 2I}). */
    TRACKING_NUMBER,
    /** The buyer's purchase order number (X12 {@code PO}, EDIFACT {@code ON}). */
    PURCHASE_ORDER,
    /** The depositor's (shop's) order number (X12 {@code DO}, {@code ON}, EDIFACT {@code VN} ... as partners use it). */
    ORDER_NUMBER,
    /** The warehouse's shipment or despatch advice number (X12 {@code SI}, EDIFACT {@code AAK}, {@code DQ}). */
    SHIPMENT_NUMBER,
    /** Invoice number (X12 {@code IV}, EDIFACT {@code IV}). */
    INVOICE,
    /** Another reference: its raw code says which. */
    OTHER
}
