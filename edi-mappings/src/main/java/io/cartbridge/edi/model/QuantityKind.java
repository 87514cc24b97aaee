package io.cartbridge.edi.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stock quantity counts, whatever format sent it: X12 846 QTY-01 (code list 673: {@code 33}, {@code 17} ...),
 * EDIFACT INVRPT QTY 6063 ({@code 198}, {@code 145} ...) and the warehouse XML's {@code Quantity/@kind} words map to
 * these, each format in its own package.
 *
 * @since 0.3
 */
public enum QuantityKind {
    /** Available for sale (X12 {@code 33}, EDIFACT {@code 198}, XML {@code Available}). */
    AVAILABLE("available"),
    /** On hand, physically in the warehouse (X12 {@code 17}, EDIFACT {@code 145}, XML {@code OnHand}). */
    ON_HAND("on-hand"),
    /** On hold (X12 {@code QH}). */
    ON_HOLD("on-hold"),
    /** Committed to orders (X12 {@code 27}). */
    COMMITTED("committed"),
    /** In transit to the warehouse (X12 {@code IQ}). */
    IN_TRANSIT("in-transit"),
    /** Projected available (X12 {@code 29}). */
    PROJECTED_AVAILABLE("projected-available"),
    /** Damaged (X12 {@code 74}). */
    DAMAGED("damaged"),
    /** Any other quantity: its {@link StockQuantity#code() code} says what it is. */
    OTHER("other");

    private final String setting;

    QuantityKind(String setting) {
        this.setting = setting;
    }

    /** {@return the kind's name in settings, e.g. {@code available}} */
    public String setting() {
        return setting;
    }

    /** {@return the kind named by a setting ({@code on-hand}, any case, {@code _} for {@code -}), if there is one} */
    public static Optional<QuantityKind> ofSetting(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.setting.equals(wanted)).findFirst();
    }
}
