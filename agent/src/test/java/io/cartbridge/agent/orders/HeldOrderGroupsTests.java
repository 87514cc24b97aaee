package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.orders.OrderExportSummary.HeldGroup;
import io.cartbridge.agent.orders.OrderExportSummary.HeldOrder;
import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.ShippingMethodProperties.Carrier;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.junit.jupiter.api.io.TempDir;

/** Held orders grouped by problem, from the reasons {@link OrderChecker} really writes. */
class HeldOrderGroupsTests {

    static final Address ADDRESS = new Address("Ann Lee", null, "3 Oak St", null, "Austin", "TX", "73301", "US", null, null);
    final OrderChecker checker = new OrderChecker(
            new ShippingMethodProperties(Map.of("flat_rate", new Carrier("UPSN", "GND")), true), new ItemIdentity("SK", null));

    @Test
    void twentyFourOrdersHeldForOneUnmappedShippingMethodAreOneGroupWithTheFix() {
        List<HeldOrder> held = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            held.add(held(1000 + i, ADDRESS, "pickup", line(1, "SKU-1", "1")));
        }

        assertThat(HeldOrderGroups.group(held)).containsExactly(new HeldGroup("shipping method 'pickup' is not mapped",
                "set cartbridge.shipping-methods.pickup.carrier",
                new Listed(24, List.of("1001", "1002", "1003", "1004", "1005"))));
    }

    @Test
    void aProductWithoutSkuIsOneGroupWhateverLineItIsOnAndAnOrderWithTwoProblemsCountsInBoth() {
        List<HeldOrder> held = List.of(
                held(1, ADDRESS, "flat_rate", line(1, null, "1")),
                held(2, ADDRESS, "flat_rate", line(1, "SKU-1", "1"), line(2, null, "1")),
                held(3, ADDRESS, "pickup", line(1, null, "1")),
                held(4, ADDRESS, "pickup", line(1, "SKU-1", "1")));

        assertThat(held.get(2).reason()).isEqualTo("line 1 ('Thing') has no SKU; "
                + "shipping method 'pickup' is not mapped (set cartbridge.shipping-methods.pickup.carrier)");
        assertThat(HeldOrderGroups.group(held)).containsExactly(
                new HeldGroup("'Thing' has no SKU", "give the product a SKU in the cart",
                        new Listed(3, List.of("1", "2", "3"))),
                new HeldGroup("shipping method 'pickup' is not mapped", "set cartbridge.shipping-methods.pickup.carrier",
                        new Listed(2, List.of("3", "4"))));
    }

    @Test
    void groupsAddedChunkByChunkThroughTheStepContextEndAsIfAddedAtOnce() {
        List<HeldOrder> held = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            if (i % 2 != 0 && i % 3 != 0) {
                continue;
            }
            held.add(held(i, i % 3 == 0 ? null : ADDRESS, i % 2 == 0 ? "pickup" : "flat_rate", line(1, "SKU-1", "1")));
        }
        ExecutionContext context = new ExecutionContext();
        for (int from = 0; from < held.size(); from += 5) {
            HeldOrderTally.add(context, held.subList(from, Math.min(held.size(), from + 5)));
        }

        assertThat(context.getLong(HeldOrderTally.HELD)).isEqualTo(11);
        assertThat(HeldOrderGroups.decode(context.getString(HeldOrderTally.HELD_GROUPS)).groups())
                .isEqualTo(HeldOrderGroups.group(held))
                .extracting(g -> g.orders().count()).containsExactly(8L, 5L);
        assertThat(HeldOrderTally.heldOrders(context)).hasSize(OrderExportSummary.LISTED).first()
                .isEqualTo(held.get(0));
    }

    @Test
    void problemsBeyondTheLimitAreCountedTogether() {
        List<HeldOrder> held = new ArrayList<>();
        for (int i = 1; i <= HeldOrderGroups.MAX_GROUPS + 2; i++) {
            held.add(new HeldOrder(Integer.toString(i), "shipping method 'm" + i + "' is not mapped (set x" + i + ")"));
        }

        List<HeldGroup> groups = HeldOrderGroups.group(held);

        assertThat(groups).hasSize(HeldOrderGroups.MAX_GROUPS + 1);
        assertThat(groups.get(0)).isEqualTo(new HeldGroup("other problems", null, new Listed(2, List.of("51", "52"))));
    }

    @TempDir
    Path folder;

    @Test
    void everyProblemTheCheckerFindsHasAFix() throws IOException {
        Path xref = Files.writeString(folder.resolve("xref.csv"), "warehouse_item,cart_sku\nW-1,SKU-1\n");
        OrderChecker crossReferenced = new OrderChecker(new ShippingMethodProperties(Map.of(), true),
                new ItemIdentity("VN", xref));
        String reason = crossReferenced.process(order(9, null, null, line(1, "SKU-2", "1.5"), line(2, "SKU-1", "0")))
                .heldReason();

        assertThat(HeldOrderGroups.group(List.of(new HeldOrder("9", reason))))
                .extracting(HeldGroup::problem, HeldGroup::fix).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("'Thing' has SKU 'SKU-2', which is not in the SKU cross-reference",
                                "add it to the file named by cartbridge.warehouse.sku-cross-reference"),
                        org.assertj.core.groups.Tuple.tuple("'Thing' has quantity 1.5, not a whole number",
                                "correct the quantity on the order in the cart"),
                        org.assertj.core.groups.Tuple.tuple("'Thing' has quantity 0, not a positive number",
                                "correct the quantity on the order in the cart"),
                        org.assertj.core.groups.Tuple.tuple("no ship-to address",
                                "complete the order's shipping address in the cart"),
                        org.assertj.core.groups.Tuple.tuple("no shipping method",
                                "give the order a shipping method in the cart"));
        assertThat(HeldOrderGroups.problem("no product lines").fix()).isEqualTo("add the products to the order in the cart, or cancel it");
        assertThat(HeldOrderGroups.problem("ship-to address has no city, country").fix())
                .isEqualTo("complete the order's shipping address in the cart");
    }

    private HeldOrder held(long id, Address shipTo, String method, CartOrderLine... lines) {
        OrderCandidate candidate = checker.process(order(id, shipTo, method, lines));
        assertThat(candidate.isHeld()).isTrue();
        return new HeldOrder(Long.toString(id), candidate.heldReason());
    }

    private static CartOrder order(long id, Address shipTo, String method, CartOrderLine... lines) {
        return new CartOrder(Long.toString(id), Long.toString(id), Long.toString(id), LocalDateTime.of(2026, 11, 1, 9, 30), shipTo, method,
                null, List.of(lines));
    }

    private static CartOrderLine line(int n, String sku, String qty) {
        return new CartOrderLine(n, Integer.toString(n), sku, null, "Thing", new BigDecimal(qty));
    }
}
