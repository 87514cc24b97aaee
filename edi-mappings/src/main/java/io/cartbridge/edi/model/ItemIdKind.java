package io.cartbridge.edi.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of product id an {@link ItemId} is, whatever format named it: X12 qualifiers (code list 235: {@code SK},
 * {@code VN}, {@code BP}, {@code UP} ...), EDIFACT item number types (code list 7143: {@code SA}, {@code IN},
 * {@code SRV} ...) and the warehouse XML's {@code ItemId/@kind} words all map to these, each format in its own
 * package.
 *
 * @since 0.3
 */
public enum ItemIdKind {
    /** The shop's own SKU (X12 {@code SK}, EDIFACT {@code SA}, XML {@code SellerSku}). */
    SELLER_SKU("seller-sku"),
    /** The warehouse's (vendor's) item number (X12 {@code VN}, {@code VA}, {@code VP}, XML {@code WarehouseItem}). */
    WAREHOUSE_ITEM("warehouse-item"),
    /** The buyer's part number (X12 {@code BP}, EDIFACT {@code BP}, XML {@code BuyerPart}). */
    BUYER_PART("buyer-part"),
    /** The buyer's item number or catalog number (X12 {@code IN}, {@code PI}, {@code CB}, {@code IT}, EDIFACT {@code IN}). */
    BUYER_ITEM("buyer-item"),
    /** The manufacturer's part or model number (X12 {@code MG}, {@code MN}, {@code PN}, EDIFACT {@code MF}). */
    MANUFACTURER_PART("manufacturer-part"),
    /** A GTIN of 13 digits or an EAN (X12 {@code EN}, EDIFACT {@code EN} in EANCOM D.96A, {@code SRV} in D.01B). */
    GTIN("gtin"),
    /** A UPC-A, 12 digits (X12 {@code UP}, {@code UI}, {@code UA}, EDIFACT {@code UP}). */
    UPC("upc"),
    /** A GTIN-14 of a trade unit (X12 {@code UK}). */
    GTIN_14("gtin-14"),
    /** An id both partners agreed on (X12 {@code ZZ}). */
    MUTUALLY_DEFINED("mutually-defined"),
    /** Any other id: its {@link ItemId#code() code} says what it is. */
    OTHER("other");

    private final String setting;

    ItemIdKind(String setting) {
        this.setting = setting;
    }

    /** {@return the kind's name in settings, e.g. {@code seller-sku}} */
    public String setting() {
        return setting;
    }

    /** {@return whether the id is a trade item number scanned from a barcode (GTIN, UPC, GTIN-14)} */
    public boolean isGtin() {
        return this == GTIN || this == UPC || this == GTIN_14;
    }

    /** {@return the kind named by a setting ({@code seller-sku}, any case, {@code _} for {@code -}), if there is one} */
    public static Optional<ItemIdKind> ofSetting(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.setting.equals(wanted)).findFirst();
    }
}
