package io.cartbridge.agent.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.edi.edifact.EdifactCodeLists;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.x12.X12CodeLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemIdentityTests {

    static final String PROPERTY = "cartbridge.warehouse.sku-cross-reference";

    @TempDir
    Path folder;

    /** An item's ids as an X12 reader gives them: by their 235 qualifiers. */
    static List<ItemId> ids(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return X12CodeLists.itemIds(map);
    }

    Path csv(String text) throws IOException {
        return Files.writeString(folder.resolve("xref.csv"), text);
    }

    @Test
    void byDefaultTheSkIdIsTheCartSkuBothWays() {
        ItemIdentity identity = new ItemIdentity(null, null);

        assertThat(identity.qualifier()).isEqualTo("seller-sku");
        assertThat(identity.kind()).isEqualTo(ItemIdKind.SELLER_SKU);
        assertThat(identity.cartSku(ids("UP", "012345678905", "SK", "MUG-1", "VN", "WH-1"))).isEqualTo("MUG-1");
        assertThat(identity.cartSku(ids("VN", "WH-1"))).as("no SK id: no guess").isNull();
        assertThat(identity.describe(ids("VN", "WH-1", "UP", "012345678905")))
                .isEqualTo("no seller-sku id (VN WH-1, UP 012345678905)");
        assertThat(identity.describe(List.of())).isEqualTo("no seller-sku id");
        assertThat(identity.warehouseItem(" MUG-1 ")).isEqualTo("MUG-1");
        assertThat(identity.warehouseItem(null)).isNull();
    }

    @Test
    void anotherQualifierIsReadAndWrittenAsConfiguredInAnyCase() {
        ItemIdentity identity = new ItemIdentity(" bp ", null);

        assertThat(identity.qualifier()).isEqualTo("BP");
        assertThat(identity.kind()).isEqualTo(ItemIdKind.BUYER_PART);
        assertThat(identity.cartSku(ids("SK", "X", "BP", "MUG-1"))).isEqualTo("MUG-1");
        assertThat(identity.cartSkuOrDescription(ids("SK", "X"))).isEqualTo("no BP id (SK X)");
    }

    @Test
    void aGtinSkuIsReadUnderAnyGtinQualifierAndOrdersKeepSkInW01() {
        ItemIdentity identity = new ItemIdentity("UP", null);

        assertThat(identity.kind()).isEqualTo(ItemIdKind.UPC);
        assertThat(identity.cartSku(ids("SK", "MUG-1", "UP", "012345678905"))).isEqualTo("012345678905");
        assertThat(identity.cartSku(ids("EN", "4006381333931"))).isEqualTo("4006381333931");
        assertThat(identity.cartSku(ids("SK", "MUG-1"))).isNull();
    }

    @Test
    void theCrossReferenceMapsWarehouseItemsToCartSkusAndBack() throws IOException {
        ItemIdentity identity = new ItemIdentity("VN", csv("\uFEFFwarehouse_item,cart_sku\r\nWH-MUG-12,MUG-BLU-12\r\n\r\n"
                + " \"WH, TEE\" , \"TEE \"\"RED\"\"\"\r\n"));

        assertThat(identity.cartSku(ids("SK", "MUG-BLU-12", "VN", "WH-MUG-12"))).isEqualTo("MUG-BLU-12");
        assertThat(identity.cartSku(ids("VN", "WH, TEE"))).isEqualTo("TEE \"RED\"");
        assertThat(identity.warehouseItem("MUG-BLU-12")).isEqualTo("WH-MUG-12");
        assertThat(identity.warehouseItem("TEE \"RED\"")).isEqualTo("WH, TEE");
        assertThat(identity.kind()).isEqualTo(ItemIdKind.WAREHOUSE_ITEM);
    }

    @Test
    void anItemOrSkuMissingFromTheCrossReferenceIsNotGuessed() throws IOException {
        ItemIdentity identity = new ItemIdentity("VN", csv("warehouse_item,cart_sku\nWH-MUG-12,MUG-BLU-12\n"));

        assertThat(identity.cartSku(ids("SK", "CAP-1", "VN", "WH-CAP-01"))).as("not used as it is").isNull();
        assertThat(identity.cartSkuOrDescription(ids("VN", "WH-CAP-01"))).isEqualTo("VN WH-CAP-01 (not in the SKU cross-reference)");
        assertThat(identity.warehouseItem("CAP-1")).isNull();
        assertThat(identity.warehouseItem("WH-MUG-12")).as("a warehouse item is no cart SKU").isNull();
    }

    @Test
    void anUnknownQualifierIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new ItemIdentity("XX", null)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.warehouse.sku-qualifier must be one of ")
                .hasMessageContaining("seller-sku, warehouse-item, buyer-part, buyer-item, manufacturer-part, gtin, upc, gtin-14, "
                        + "mutually-defined, BP, CB, EN, IN, IT, MG, MN, PI, PN, SK, UA, UI, UK, UP, VA, VN, VP, ZZ")
                .hasMessageEndingWith("not 'XX'");
    }

    @Test
    void aMissingFileIsRefusedNamingTheProperty() {
        Path missing = folder.resolve("nope.csv");
        assertThatThrownBy(() -> new ItemIdentity("VN", missing)).isInstanceOf(ConfigurationException.class)
                .hasMessage(PROPERTY + ": no such file '" + missing + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "warehouse_item,cart_sku;A,1;B,2;A,3 | line 4: warehouse item 'A' is already mapped on line 2",
        "warehouse_item,cart_sku;A,1;;B,1   | line 4: cart SKU '1' is already mapped on line 2 (each cart SKU maps to one warehouse item)",
        "warehouse_item,cart_sku;A,1;, 2    | line 3: warehouse_item is empty",
        "warehouse_item,cart_sku;A,1;B,     | line 3: cart_sku is empty",
        "warehouse_item,cart_sku;A,1,x      | line 2: expected two fields (warehouse_item,cart_sku), not 'A,1,x'",
        "warehouse_item,cart_sku;\"A,1      | line 2: expected two fields (warehouse_item,cart_sku), not '\"A,1'",
        "A,1;B,2                            | line 1: the first line must be the header warehouse_item,cart_sku, not 'A,1'",
    })
    void aBrokenFileIsRefusedWithTheLineNumber(String lines, String expected) throws IOException {
        Path file = csv(lines.replace(';', '\n') + "\n");
        assertThatThrownBy(() -> new ItemIdentity("VN", file)).isInstanceOf(ConfigurationException.class)
                .hasMessage(PROPERTY + " '" + file + "' " + expected);
    }

    @Test
    void aFileWithoutMappingsIsRefused() throws IOException {
        Path headerOnly = csv("warehouse_item,cart_sku\n\n");
        assertThatThrownBy(() -> new ItemIdentity("VN", headerOnly)).hasMessage(
                PROPERTY + " '" + headerOnly + "' has no mappings after its header line");
        Path empty = csv("");
        assertThatThrownBy(() -> new ItemIdentity("VN", empty)).hasMessage(
                PROPERTY + " '" + empty + "' is empty: it needs the header warehouse_item,cart_sku");
    }

    @Test
    void thePropertiesDefaultToSkWithoutCrossReference() {
        WarehouseProperties w = WarehousePropertiesTests.warehouse("acme3pl", null, null);
        assertThat(w.skuQualifier()).isEqualTo("seller-sku");
        assertThat(w.skuCrossReference()).isNull();
        assertThat(ItemIdentity.of(w).kind()).isEqualTo(ItemIdKind.SELLER_SKU);
    }

    @ParameterizedTest
    @CsvSource({"seller-sku,SK,SELLER_SKU", "Warehouse_Item,vn,WAREHOUSE_ITEM", "warehouse-item,VA,WAREHOUSE_ITEM",
        "buyer-part,BP,BUYER_PART", "buyer-item,IN,BUYER_ITEM", "manufacturer-part,MG,MANUFACTURER_PART", "gtin,EN,GTIN",
        "upc,UP,UPC", "gtin-14,UK,GTIN_14", "mutually-defined,ZZ,MUTUALLY_DEFINED"})
    void aNeutralNameAndItsX12SynonymNameTheSameKind(String neutral, String x12, ItemIdKind kind) {
        assertThat(new ItemIdentity(neutral, null).kind()).isEqualTo(kind);
        assertThat(new ItemIdentity(x12, null).kind()).isEqualTo(kind);
    }

    @Test
    void theKindFindsItsIdInEveryFormat() {
        ItemIdentity sku = new ItemIdentity("seller-sku", null);
        ItemIdentity warehouse = new ItemIdentity("warehouse-item", null);

        assertThat(sku.cartSku(EdifactCodeLists.itemIds(Map.of("SA", "MUG-1")))).as("EDIFACT 7143 SA").isEqualTo("MUG-1");
        assertThat(sku.cartSku(List.of(new ItemId(ItemIdKind.SELLER_SKU, "SellerSku", "MUG-1")))).as("XML").isEqualTo("MUG-1");
        assertThat(warehouse.cartSku(ids("SK", "MUG-1", "VA", "WH-1"))).as("VA is a warehouse item too").isEqualTo("WH-1");
        assertThat(warehouse.describe(EdifactCodeLists.itemIds(Map.of("SA", "MUG-1"))))
                .isEqualTo("no warehouse-item id (SA MUG-1)");
    }

    @Test
    void anUnknownValueIsRefusedNamingThePartnersProperty() {
        assertThatThrownBy(() -> ItemIdentity.kindOf("cartbridge.partners.acme.sku-qualifier", "other"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.partners.acme.sku-qualifier must be one of seller-sku, ")
                .hasMessageEndingWith("not 'other'");
    }
}
