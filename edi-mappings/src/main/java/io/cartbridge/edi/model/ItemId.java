package io.cartbridge.edi.model;

import java.util.Objects;

/**
 * One product id of an item, in neutral terms, with the code the file named it by.
 *
 * @param kind  what the id is; {@link ItemIdKind#OTHER} when the format's code list has no neutral kind for the code
 * @param code  the qualifier or type as read (X12 {@code VN}, EDIFACT {@code SA}, XML {@code SellerSku} or its
 *              {@code code} attribute), or {@code null} for an id built without one; a writer of another format
 *              writes its own code of {@code kind}, and this code only for {@link ItemIdKind#OTHER}
 * @param value the id as sent
 * @since 0.3
 */
public record ItemId(ItemIdKind kind, String code, String value) {

    public ItemId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
