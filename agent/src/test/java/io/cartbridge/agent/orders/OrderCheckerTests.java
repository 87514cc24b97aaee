package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.ShippingMethodProperties.Carrier;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderCheckerTests {

    static final Address ADDRESS = new Address("Ann Lee", null, "3 Oak St", null, "Austin", "TX", "73301", "US", null, null);
    static final ShippingMethodProperties FLAT_RATE = new ShippingMethodProperties(Map.of("flat_rate", new Carrier("UPSN", "GND")), true);
    static final ItemIdentity CART_SKUS = new ItemIdentity("SK", null);
    final OrderChecker strict = new OrderChecker(FLAT_RATE, CART_SKUS);
    final OrderChecker lenient = new OrderChecker(new ShippingMethodProperties(Map.of(), false), CART_SKUS);

    @TempDir
    Path folder;

    @Test
    void readyOrderCarriesMappedCarrierAndLines() {
        OrderCandidate c = strict.process(order(ADDRESS, "flat_rate", line(1, "SKU-1", "2")));

        assertThat(c.isHeld()).isFalse();
        assertThat(c.order().carrierCode()).isEqualTo("UPSN");
        assertThat(c.order().serviceLevel()).isEqualTo("GND");
        assertThat(c.order().shippingMethod()).isEqualTo("flat_rate");
        assertThat(c.order().lines()).containsExactly(new OrderLine(1, "SKU-1", null, "Thing 1", 2, "EA"));
        assertThat(c.order().orderNumber()).isEqualTo("42");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        OrderCandidate c = strict.process(order(null, "drone_delivery", line(1, null, "1"), line(2, "SKU-2", "-1"),
                line(3, "SKU-3", "1.5"), line(4, "SKU-4", null)));

        assertThat(c.isHeld()).isTrue();
        assertThat(c.heldReason()).isEqualTo("line 1 ('Thing 1') has no SKU; "
                + "line 2 ('Thing 2') has quantity -1, not a positive number; "
                + "line 3 ('Thing 3') has quantity 1.5, not a whole number; "
                + "line 4 ('Thing 4') has quantity missing, not a positive number; "
                + "no ship-to address; "
                + "shipping method 'drone_delivery' is not mapped (set cartbridge.shipping-methods.drone_delivery.carrier)");
    }

    @Test
    void aGtinWithAWrongCheckDigitHoldsTheOrderAndAGoodOneTravels() {
        CartOrderLine good = new CartOrderLine(1, "p1", "SKU-1", "4006381333931", "Mug", new BigDecimal("1"));
        CartOrderLine typo = new CartOrderLine(2, "p2", "SKU-2", "4006381333932", "Cap", new BigDecimal("1"));

        OrderCandidate held = strict.process(order(ADDRESS, "flat_rate", good, typo));
        OrderCandidate ready = strict.process(order(ADDRESS, "flat_rate", good));

        assertThat(held.heldReason()).isEqualTo("line 2 ('Cap') has GTIN '4006381333932', which has check digit 2, not 1");
        assertThat(ready.order().lines()).containsExactly(new OrderLine(1, "SKU-1", "4006381333931", "Mug", 1, "EA"));
    }

    @Test
    void incompleteAddressAndNoLinesAreHeld() {
        Address noCity = new Address("Ann Lee", null, "3 Oak St", null, null, null, null, null, null, null);
        OrderCandidate c = strict.process(order(noCity, "flat_rate"));

        assertThat(c.heldReason()).isEqualTo("no product lines; ship-to address has no city, country");
    }

    @Test
    void eachPlatformsMethodCodeMapsToCarrierAndServiceAndAnUnmappedOneIsHeldWhenStrict() {
        // WooCommerce method_id, Magento carrier_method, PrestaShop carrier id_reference: one store's map
        OrderChecker store = new OrderChecker(new ShippingMethodProperties(Map.of("flat_rate", new Carrier("UPSN", "GND"),
                "flatrate_flatrate", new Carrier("UPSN", "GND"), "2", new Carrier("FDEG", "2D")), true), CART_SKUS);

        assertThat(List.of("flat_rate", "flatrate_flatrate", "2")).map(m -> store.process(order(ADDRESS, m, line(1, "SKU-1", "1"))))
                .extracting(c -> c.order().carrierCode() + "/" + c.order().serviceLevel())
                .containsExactly("UPSN/GND", "UPSN/GND", "FDEG/2D");
        OrderCandidate unmapped = store.process(order(ADDRESS, "tablerate_bestway", line(1, "SKU-1", "1")));
        assertThat(unmapped.isHeld()).isTrue();
        assertThat(unmapped.heldReason()).isEqualTo("shipping method 'tablerate_bestway' is not mapped "
                + "(set cartbridge.shipping-methods.tablerate_bestway.carrier)");
    }

    @Test
    void theCustomerReferenceTravelsBesideTheOrderNumber() {
        CartOrder split = new CartOrder("1005", "1005", "1005", null, ADDRESS, "flat_rate", null,
                List.of(line(1, "SKU-1", "1")), "QWERTYUIO");

        assertThat(strict.process(split).order()).extracting(o -> o.orderNumber(), o -> o.customerReference())
                .containsExactly("1005", "QWERTYUIO");
    }

    @Test
    void unmappedMethodPassesWithoutCarrierWhenNotStrict() {
        OrderCandidate c = lenient.process(order(ADDRESS, "drone_delivery", line(1, "SKU-1", "3.000")));

        assertThat(c.isHeld()).isFalse();
        assertThat(c.order().carrierCode()).isNull();
        assertThat(c.order().lines().get(0).quantity()).isEqualTo(3);
    }

    @Test
    void linesCarryTheWarehouseItemsOfTheCrossReferenceAndAnUnlistedSkuHoldsTheOrder() throws IOException {
        Path xref = Files.writeString(folder.resolve("xref.csv"), "warehouse_item,cart_sku\nWH-1,SKU-1\nWH-2,SKU-2\n");
        OrderChecker checker = new OrderChecker(FLAT_RATE, new ItemIdentity("VN", xref));

        OrderCandidate ready = checker.process(order(ADDRESS, "flat_rate", line(1, "SKU-1", "2"), line(2, "SKU-2", "1")));
        OrderCandidate held = checker.process(order(ADDRESS, "flat_rate", line(1, "SKU-1", "2"), line(2, "SKU-9", "1"),
                line(3, "SKU-8", "0")));

        assertThat(ready.order().lines()).containsExactly(new OrderLine(1, "WH-1", null, "Thing 1", 2, "EA"),
                new OrderLine(2, "WH-2", null, "Thing 2", 1, "EA"));
        assertThat(held.heldReason()).isEqualTo("line 2 ('Thing 2') has SKU 'SKU-9', which is not in the SKU "
                + "cross-reference (cartbridge.warehouse.sku-cross-reference); "
                + "line 3 ('Thing 3') has SKU 'SKU-8', which is not in the SKU cross-reference "
                + "(cartbridge.warehouse.sku-cross-reference); "
                + "line 3 ('Thing 3') has quantity 0, not a positive number");
    }

    private static CartOrder order(Address shipTo, String method, CartOrderLine... lines) {
        return new CartOrder("42", "42", "42", LocalDateTime.of(2026, 11, 1, 9, 30), shipTo, method, null, List.of(lines));
    }

    private static CartOrderLine line(int n, String sku, String qty) {
        return new CartOrderLine(n, Integer.toString(n), sku, null, "Thing " + n, qty == null ? null : new BigDecimal(qty));
    }
}
