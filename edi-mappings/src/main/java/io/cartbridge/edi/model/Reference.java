package io.cartbridge.edi.model;

import java.util.Objects;

/**
 * A reference number of a document (a shipment's bill of lading, its purchase order ...), in neutral terms, with the
 * qualifier the file named it by.
 *
 * @param kind  what the number is; {@link ReferenceKind#OTHER} for a qualifier the format maps to no kind
 * @param code  the qualifier as read (X12 REF-01/N9-01, EDIFACT RFF 1153, XML {@code type}); for a number read from
 *              a place of its own (an order number in X12 W06-02), that place ({@code "W06-02"}); or {@code null}
 * @param value the number as sent
 * @since 0.3
 */
public record Reference(ReferenceKind kind, String code, String value) {

    public Reference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** {@return whether the code is a qualifier (one to three letters or digits), not a place or missing} */
    public boolean qualified() {
        return code != null && code.matches("[A-Za-z0-9]{1,3}");
    }
}
