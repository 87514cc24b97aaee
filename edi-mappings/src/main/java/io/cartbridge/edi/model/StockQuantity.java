package io.cartbridge.edi.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity of an {@link InventoryItem}, in neutral terms, with the code the file named it by.
 *
 * @param kind     what the quantity counts; {@link QuantityKind#OTHER} for a code the format maps to no kind
 * @param code     the qualifier as read (X12 {@code 33}, EDIFACT {@code 198}, XML {@code Available} or its
 *                 {@code code} attribute), or {@code null}
 * @param quantity the quantity as sent
 * @since 0.3
 */
public record StockQuantity(QuantityKind kind, String code, BigDecimal quantity) {

    public StockQuantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
    }
}
