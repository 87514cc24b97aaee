package io.cartbridge.edi.model;

/**
 * The role of a {@link Party}, whatever format named it: X12 N1-01 (code list 98: {@code ST}, {@code SF},
 * {@code WH} ...) and EDIFACT NAD 3035 ({@code DP}, {@code CZ}, {@code WH} ...) map to these.
 *
 * @since 0.3
 */
public enum PartyRole {
    /** Where the goods go (X12 {@code ST}, EDIFACT {@code DP}, {@code ST}). */
    SHIP_TO,
    /** Where the goods leave from (X12 {@code SF}, EDIFACT {@code SF}, {@code CZ} consignor). */
    SHIP_FROM,
    /** The warehouse (X12 {@code WH}, EDIFACT {@code WH}). */
    WAREHOUSE,
    /** Who is billed (X12 {@code BT}, EDIFACT {@code IV}). */
    BILL_TO,
    /** The buyer (X12 {@code BY}, EDIFACT {@code BY}). */
    BUYER,
    /** The seller or supplier (X12 {@code SE}, {@code SU}, EDIFACT {@code SE}, {@code SU}). */
    SELLER,
    /** The depositor, the shop whose goods the warehouse keeps (X12 {@code DE}). */
    DEPOSITOR,
    /** The carrier (X12 {@code CA}, EDIFACT {@code CA}). */
    CARRIER,
    /** Another role: the party's raw code says which. */
    OTHER
}
