package io.cartbridge.agent.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.x12.X12CodeLists;
import org.junit.jupiter.api.Test;

/**
 * The rules ShipmentApplier applies before and after the cart, without a database: which shipments of
 * a chunk are candidates (one per order a notice covers), unknown orders, what shipped, what is
 * backordered or cancelled, and how the cart's answer is recorded.
 */
class ShipmentApplierTests {

    final ShipmentRules rules = new ShipmentRules("acme3pl", new ItemIdentity("SK", null));

    @Test
    void aNoticeCoveringTwoOrdersIsOneShipmentPerOrder() {
        List<Received<ShipmentConfirmation>> chunk = List.of(
                item(1, notice("WC-10041", "ASN-50001", line("MUG", 2, 2, null, "AC"))),
                item(1, notice("WC-10042", "ASN-50001", line("CAP", 5, 5, null, "AC"))));

        assertThat(ShipmentRules.firstPerKey(chunk)).containsOnlyKeys(
                new Key("ASN-50001", "WC-10041"), new Key("ASN-50001", "WC-10042"));
    }

    @Test
    void aRepeatOfAShipmentForTheSameOrderInTheChunkIsDroppedAndTheFirstKept() {
        Received<ShipmentConfirmation> first = item(1, notice("5001", "SHP-1", line("A", 2, 2, null, "CC")));
        Received<ShipmentConfirmation> resent = item(2, notice("5001", "SHP-1", line("A", 2, 1, null, "BP")));
        Received<ShipmentConfirmation> other = item(2, notice("5002", "SHP-1", line("A", 1, 1, null, "CC")));

        var candidates = ShipmentRules.firstPerKey(List.of(first, resent, other));

        assertThat(candidates.keySet()).containsExactly(new Key("SHP-1", "5001"), new Key("SHP-1", "5002"));
        assertThat(candidates.get(new Key("SHP-1", "5001"))).isSameAs(first);
    }

    @Test
    void itemsWithAReadErrorOrNothingAreNoCandidates() {
        var candidates = ShipmentRules.firstPerKey(List.of(new Received<>(1, null, true, "SE_COUNT at segment 9"),
                new Received<ShipmentConfirmation>(2, null, true, null),
                item(3, notice("5001", "SHP-1", line("A", 1, 1, null, "CC")))));

        assertThat(candidates.keySet()).containsExactly(new Key("SHP-1", "5001"));
    }

    @Test
    void withoutAShipmentIdTheInterchangeAndSetThatCarriedItNameTheShipment() {
        ShipmentConfirmation s = new ShipmentConfirmation("5001", null, null, null, null, List.of(),
                List.of(line("A", 1, 1, null, "CC")), "000000700", "0003");

        assertThat(ShipmentRules.key(s)).isEqualTo(new Key("ISA000000700-ST0003-5001", "5001"));
    }

    @Test
    void aNoticeWithoutOrderNumberIsOneUnknownOrderPerShipment() {
        ShipmentConfirmation s = notice(null, "SHP-9", line("A", 1, 1, null, "CC"));

        assertThat(ShipmentRules.key(s)).isEqualTo(new Key("SHP-9", ""));
        Shipment pending = rules.pending(item(4, s), null);
        assertThat(pending.state()).isEqualTo(Shipments.State.UNKNOWN_ORDER);
        assertThat(pending.reason()).isEqualTo("the shipment names no order");
        assertThat(pending.key()).isEqualTo(new Key("SHP-9", ""));
    }

    @Test
    void anOrderCartBridgeNeverSentIsRecordedUnknownWithItsTrackingAndNotSentToTheCart() {
        Shipment pending = rules.pending(item(4, notice("9999", "SHP-3", line("A", 1, 1, null, "CC"))), null);

        assertThat(pending).extracting(Shipment::shipmentId, Shipment::orderNumber, Shipment::cartOrderId, Shipment::state,
                Shipment::reason, Shipment::carrier, Shipment::trackingNumbers, Shipment::inboundFileId).containsExactly(
                "SHP-3", "9999", null, Shipments.State.UNKNOWN_ORDER, "order 9999 was not sent to acme3pl by CartBridge", "UPSN",
                "1ZT1,1ZT2", 4L);
    }

    @Test
    void aSentOrderWaitsForTheCartsAnswerAndTheCartGetsTrackingButNoSsccOnlyPackage() {
        ShipmentConfirmation s = notice("5001", "SHP-1", line("A", 2, 2, null, "CC"));

        Shipment pending = rules.pending(item(1, s), "77");
        ShipmentUpdate update = rules.update(s, "77");

        assertThat(pending.state()).isNull();
        assertThat(pending.cartOrderId()).isEqualTo("77");
        assertThat(update.cartOrderId()).isEqualTo("77");
        assertThat(update.shipmentId()).isEqualTo("SHP-1");
        assertThat(update.carrier()).isEqualTo("UPSN");
        assertThat(update.shipDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(update.trackingNumbers()).containsExactly("1ZT1", "1ZT2");
    }

    @Test
    void whatShippedInFullLeavesNothingBackorderedOrCancelled() {
        assertThat(rules.lines(List.of(line("A", 2, 2, null, "CC"))))
                .containsExactly(new ShipmentUpdate.Line("A", bd(2), bd(0), bd(0)));
    }

    @Test
    void whatDidNotShipIsBackorderedUnlessTheLineSaysTheWarehouseCancelledIt() {
        List<ShipmentUpdate.Line> lines = rules.lines(List.of(
                line("A", 3, 1, 2, "BP"),      // 945: balance backordered
                line("B", 3, 1, null, "IB"),   // 856: backordered, difference from ordered - shipped
                line("C", 1, 0, 1, "IC"),      // 945: item cancelled
                line("D", 2, 1, 1, "CP"),      // 945: partial, considered no backorder
                line("E", 4, 1, 3, null)));

        assertThat(lines).extracting(ShipmentUpdate.Line::sku, ShipmentUpdate.Line::quantityShipped,
                ShipmentUpdate.Line::quantityBackordered, ShipmentUpdate.Line::quantityCancelled).containsExactly(
                tuple("A", bd(1), bd(2), bd(0)),
                tuple("B", bd(1), bd(2), bd(0)),
                tuple("C", bd(0), bd(0), bd(1)),
                tuple("D", bd(1), bd(0), bd(1)),
                tuple("E", bd(1), bd(3), bd(0)));
    }

    @Test
    void moreShippedThanOrderedOrQuantitiesNotSentBackorderNothing() {
        List<ShipmentUpdate.Line> lines = rules.lines(List.of(line("A", 1, 2, null, "CC"), line("B", null, 2, null, "CC")));

        assertThat(lines).extracting(ShipmentUpdate.Line::quantityBackordered).containsExactly(bd(0), BigDecimal.ZERO);
    }

    @Test
    void theCartSkuIsTheIdUnderThePartnersQualifierElseADescriptionTheCartReportsAsNotOnTheOrder() {
        ShipmentRules vendorItems = new ShipmentRules("acme3pl", new ItemIdentity("VN", null));
        ShippedLine both = X12CodeLists.shippedLine("MUG", null, "SK", "MUG", bd(1), bd(1), null, "CC",
                Map.of("SK", "MUG", "VN", "WH-MUG"));
        ShippedLine skOnly = line("TEE", 1, 1, null, "CC");

        assertThat(vendorItems.lines(List.of(both, skOnly))).extracting(ShipmentUpdate.Line::sku)
                .containsExactly("WH-MUG", "no VN id (SK TEE)");
    }

    @Test
    void theCartsAnswerIsRecordedAnAlreadyAppliedShipmentAsApplied() {
        Shipment pending = rules.pending(item(1, notice("5001", "SHP-1", line("A", 2, 2, null, "CC"))), "77");

        assertThat(ShipmentRules.outcome(pending, new ShipmentResult(Outcome.APPLIED, "applied, order complete", true)))
                .extracting(Shipment::state, Shipment::orderComplete, Shipment::reason)
                .containsExactly(Shipments.State.APPLIED, true, "applied, order complete");
        assertThat(ShipmentRules.outcome(pending, new ShipmentResult(Outcome.APPLIED, "not fully shipped yet", false)))
                .extracting(Shipment::state, Shipment::orderComplete).containsExactly(Shipments.State.APPLIED, false);
        assertThat(ShipmentRules.outcome(pending, new ShipmentResult(Outcome.ALREADY_APPLIED, "applied before", true)))
                .extracting(Shipment::state, Shipment::orderComplete).containsExactly(Shipments.State.APPLIED, true);
        assertThat(ShipmentRules.outcome(pending, new ShipmentResult(Outcome.NOT_ON_ORDER, "SKU X not on order 77", false)))
                .extracting(Shipment::state, Shipment::reason, Shipment::cartOrderId, Shipment::inboundFileId)
                .containsExactly(Shipments.State.NOT_ON_ORDER, "SKU X not on order 77", "77", 1L);
        assertThat(ShipmentRules.outcome(pending, new ShipmentResult(Outcome.UNKNOWN_ORDER, "no order 77 in the shop", false)))
                .extracting(Shipment::state).isEqualTo(Shipments.State.UNKNOWN_ORDER);
    }

    @Test
    void theOrderNumbersOfAChunkAreThoseItNames() {
        var candidates = ShipmentRules.firstPerKey(List.of(item(1, notice("5001", "SHP-1", line("A", 1, 1, null, "CC"))),
                item(1, notice("5002", "SHP-1", line("A", 1, 1, null, "CC"))),
                item(1, notice(null, "SHP-2", line("A", 1, 1, null, "CC")))));

        assertThat(ShipmentRules.orderNumbers(candidates.values())).containsExactlyInAnyOrder("5001", "5002");
    }

    private static Received<ShipmentConfirmation> item(long fileId, ShipmentConfirmation s) {
        return new Received<>(fileId, s, false, null);
    }

    private static ShipmentConfirmation notice(String order, String shipmentId, ShippedLine... lines) {
        return new ShipmentConfirmation(order, shipmentId, LocalDate.of(2026, 11, 26), "UPSN", "GROUND",
                List.of(new ShipmentPackage("1ZT1", null), new ShipmentPackage(null, "00012345670000000103"),
                        new ShipmentPackage("1ZT2", null)), List.of(lines), "000000700", "0001");
    }

    private static ShippedLine line(String sku, Integer ordered, Integer shipped, Integer difference, String status) {
        // as an X12 reader builds it: ids and status with their neutral kinds
        return X12CodeLists.shippedLine(sku, null, "SK", sku, ordered == null ? null : bd(ordered), bd(shipped),
                difference == null ? null : bd(difference), status, Map.of("SK", sku));
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
