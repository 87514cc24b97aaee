package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.LineStatus;
import io.cartbridge.edi.model.PartyRole;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X12's code lists against the neutral kinds, both ways, and W01-04 from a neutral setting. */
class X12CodeListsTests {

    @Test
    void idsAndQuantitiesKeepTheirCodesBesideTheirKinds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("VA", "WH-1");
        ids.put("UP", "012345678905");
        ids.put("XY", "?");
        assertThat(X12CodeLists.itemIds(ids)).containsExactly(new ItemId(ItemIdKind.WAREHOUSE_ITEM, "VA", "WH-1"),
                new ItemId(ItemIdKind.UPC, "UP", "012345678905"), new ItemId(ItemIdKind.OTHER, "XY", "?"));
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        quantities.put("17", BigDecimal.ONE);
        quantities.put("33", BigDecimal.TEN);
        assertThat(X12CodeLists.quantities(quantities)).containsExactly(
                new StockQuantity(QuantityKind.ON_HAND, "17", BigDecimal.ONE),
                new StockQuantity(QuantityKind.AVAILABLE, "33", BigDecimal.TEN));
    }

    @Test
    void aKindIsWrittenUnderTheCodeItWasReadFromWhenThatIsOneOfItsCodesElseItsDefault() {
        assertThat(X12CodeLists.ITEM_IDS.codeOf(ItemIdKind.WAREHOUSE_ITEM, "VA")).isEqualTo("VA");
        assertThat(X12CodeLists.ITEM_IDS.codeOf(ItemIdKind.WAREHOUSE_ITEM, "SA")).as("an EDIFACT code").isEqualTo("VN");
        assertThat(X12CodeLists.ITEM_IDS.codeOf(ItemIdKind.OTHER, "XY")).isEqualTo("XY");
        assertThat(X12CodeLists.QUANTITIES.codeOf(QuantityKind.AVAILABLE, "198")).isEqualTo("33");
    }

    @Test
    void statusesAndRolesHaveTheirNeutralMeaning() {
        assertThat(X12CodeLists.LINE_STATUSES.kindOf("CP").cancelsRest()).isTrue();
        assertThat(X12CodeLists.LINE_STATUSES.kindOf("IR")).isEqualTo(LineStatus.CANCELLED);
        assertThat(X12CodeLists.LINE_STATUSES.kindOf("BP").cancelsRest()).isFalse();
        assertThat(X12CodeLists.LINE_STATUSES.kindOf("ZZ")).isEqualTo(LineStatus.OTHER);
        assertThat(X12CodeLists.PARTY_ROLES.kindOf("ST")).isEqualTo(PartyRole.SHIP_TO);
    }

    @ParameterizedTest
    @CsvSource({"seller-sku,SK", "SK,SK", "warehouse-item,VN", "va,VA", "buyer-part,BP", "manufacturer-part,MG",
        "gtin,SK", "UP,SK", "gtin-14,SK", "mutually-defined,ZZ"})
    void w01TakesTheKindsCodeAndSkForAGtinWhichHasItsOwnPair(String setting, String w01) {
        assertThat(X12Format.w01Qualifier(setting)).isEqualTo(w01);
    }
}
