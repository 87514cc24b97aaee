package io.cartbridge.edi.model;

/**
 * What became of a shipped line, whatever format said it: X12 945 W12-01 (code list 368), 856 SN1-08 (code list
 * 668), EDIFACT and the warehouse XML's {@code Status} words map to these, each format in its own package.
 *
 * @since 0.3
 */
public enum LineStatus {
    /** Shipped complete (X12 {@code CC}, {@code AC}, {@code SH}; XML {@code Shipped}). */
    SHIPPED,
    /** Part shipped, nothing said about the rest (X12 {@code PR}, {@code SS}); the rest is taken as backordered. */
    PARTIALLY_SHIPPED,
    /** Part shipped, the rest backordered (X12 {@code BP}). */
    PARTIALLY_SHIPPED_BACKORDERED,
    /** Part shipped, the rest cancelled (X12 {@code CP}). */
    PARTIALLY_SHIPPED_CANCELLED,
    /** Nothing shipped yet, backordered (X12 {@code BO}, {@code IB}). */
    BACKORDERED,
    /** Cancelled (X12 {@code IC}, {@code CU}) or rejected by the warehouse (X12 {@code IR}). */
    CANCELLED,
    /** Another status: the line's raw code says which. */
    OTHER;

    /** {@return whether the quantity not shipped will never ship (cancelled), rather than follow (backordered)} */
    public boolean cancelsRest() {
        return this == PARTIALLY_SHIPPED_CANCELLED || this == CANCELLED;
    }
}
