package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.assertResumesAfter;
import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static io.cartbridge.edi.x12.X12ShipmentAdviceReaderTests.ids;
import static io.cartbridge.edi.x12.X12ShipmentAdviceReaderTests.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class X12ShipNoticeReaderTests {

    static final ShipmentTotals SOPI_TOTALS = new ShipmentTotals(null, new BigDecimal("9.5"), "LB", null, null,
            BigDecimal.valueOf(3));
    static final List<Party> SOPI_PARTIES = List.of(X12CodeLists.party("ST", "Multiple", null, null, null));

    @Test
    void shipmentOrderPackItemYieldsOneConfirmationPerOrderWithItsPacksAndItems() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-sopi-two-orders.edi")));

        assertThat(read).containsExactly(
                as856("WC-10041", "ASN-50001", LocalDate.of(2024, 5, 18), "UPSN", "GND",
                        List.of(new ShipmentPackage("1Z999AA10000000103", "00012345670000000103"),
                                new ShipmentPackage("1Z999AA10000000110", "00012345670000000110")),
                        List.of(line("MUG-BLU-12", "012345678905", "SK", "MUG-BLU-12", 2, 2, 0, "AC", "SK", "MUG-BLU-12",
                                        "UP", "012345678905"),
                                line("TEE-RED-M", null, "SK", "TEE-RED-M", 3, 1, 2, "IB", "SK", "TEE-RED-M")),
                        SOPI_PARTIES, Map.of("BM", "BOL-90001"), SOPI_TOTALS, List.of(), "000003201", "0001"),
                as856("WC-10042", "ASN-50001", LocalDate.of(2024, 5, 18), "FDEG", "FEDEX GROUND",
                        List.of(new ShipmentPackage("794600000008", null)),
                        List.of(line("WH-CAP-01", "10012345678902", "VN", "WH-CAP-01", 5, 5, 0, null, "VN", "WH-CAP-01", "UK",
                                "10012345678902")),
                        SOPI_PARTIES, Map.of("BM", "BOL-90001"), SOPI_TOTALS, List.of(), "000003201", "0001"));
    }

    @Test
    void aSingleOrderWithoutAnOrderLevelIsNumberedByThePrfOfTheShipment() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-spi-no-order-level.edi")));

        assertThat(read).containsExactly(as856("WC-10050", "ASN-50010", LocalDate.of(2024, 5, 20),
                "FDEG", "FEDEX GROUND",
                List.of(new ShipmentPackage("794600000107", null), new ShipmentPackage("794600000114", null)),
                List.of(X12CodeLists.shippedLine("MUG-BLU-12", "012345678905", "SK", "MUG-BLU-12", null, BigDecimal.valueOf(2), null,
                                null, ids("SK", "MUG-BLU-12", "UP", "012345678905")),
                        line("TEE-RED-M", null, "SK", "TEE-RED-M", 3, 1, 2, null, "SK", "TEE-RED-M")),
                List.of(), Map.of("BM", "BOL-90010"), null, List.of(), "000003210", "0001"));
    }

    @Test
    void ordersWhosePacksCarrySsccsOnlyGetTheShipmentsProNumberAsTracking() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-ltl-sscc-pro-number.edi")));

        assertThat(read).extracting(ShipmentConfirmation::orderNumber).containsExactly("9988776655", "2288115555");
        assertThat(read.get(0).packages()).containsExactly(new ShipmentPackage(null, "00000010012345614785"),
                new ShipmentPackage("082131", null));
        assertThat(read.get(1).packages()).containsExactly(new ShipmentPackage(null, "00000010012378945698"),
                new ShipmentPackage("082131", null));
        assertThat(read.get(0).carrierCode()).isEqualTo("JBHT");
        assertThat(read.get(0).totals()).isEqualTo(new ShipmentTotals(null, BigDecimal.valueOf(45582), "LB",
                BigDecimal.valueOf(1000), "CF", BigDecimal.valueOf(2)));
        assertThat(read.get(0).lines()).extracting(ShippedLine::upc, ShippedLine::quantityShipped).containsExactly(
                org.assertj.core.groups.Tuple.tuple("008815509183", BigDecimal.valueOf(4)),
                org.assertj.core.groups.Tuple.tuple("008815547321", BigDecimal.valueOf(9)));
        assertThat(read.get(0).references()).containsEntry("IA", "211555050").containsEntry("BM", "01140824");
        assertThat(read.get(1).references()).doesNotContainKey("IA");
    }

    @Test
    void aShipperAssignedPackageNumberIsTheTrackingNumberWhenThereIsNoCarrierOne() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-man-sm-tracking.edi")));

        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.orderNumber()).isEqualTo("DR3469500");
            assertThat(c.shipmentId()).isEqualTo("222253");
            assertThat(c.packages()).containsExactly(new ShipmentPackage("1Z54242X0357922222", null));
            assertThat(c.lines()).singleElement().satisfies(l -> {
                assertThat(l.itemIds()).containsExactly(Map.entry("CB", "25901"));
                assertThat(l.quantityShipped()).isEqualByComparingTo("2");
            });
        });
    }

    @Test
    void headingSegmentsBeforeTheFirstHlBelongToTheShipment() throws Exception {
        String file = "ISA*00*          *00*          *ZZ*HYDAPILABS     *ZZ*CARTBRIDGE     *260921*0900*U*00401*000000102*0*P*>~"
                + "GS*SH*HYDAPILABS*CARTBRIDGE*20260921*0900*102*X*004010~ST*856*0002~BSN*00*ASN-778812*20260921*0900~"
                + "DTM*011*20260920~TD5**2*BLUEDART*J~REF*BM*BOL-9931~HL*1**S~PRF*PO-77~HL*2*1*I~LIN**UP*012345678905~"
                + "SN1**1000*EA~SE*11*0002~GE*1*102~IEA*1*000000102~";

        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(InboundSamples.bytes(file)));

        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.orderNumber()).isEqualTo("PO-77");
            assertThat(c.shipDate()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(c.carrierCode()).isEqualTo("BLUEDART");
            assertThat(c.references()).containsExactly(Map.entry("BM", "BOL-9931"));
            assertThat(c.lines()).extracting(ShippedLine::upc, ShippedLine::quantityShipped)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("012345678905", BigDecimal.valueOf(1000)));
        });
    }

    @Test
    void shipmentOrderItemWithoutPacksTakesTheShipmentTrackingNumber005010Crlf() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-soi-crlf.edi")));

        assertThat(read).containsExactly(as856("WC-10043", "ASN-50002", LocalDate.of(2024, 5, 19),
                "USPS", "PRIORITY MAIL", List.of(new ShipmentPackage("9400111899223197428506", null)),
                List.of(line("SOCK-GRY-L", "4006381333931", "SK", "SOCK-GRY-L", 4, 4, 0, null, "SK", "SOCK-GRY-L", "EN",
                                "4006381333931"),
                        X12CodeLists.shippedLine("SOCK-GRY-M", null, "BP", "CART-77", BigDecimal.valueOf(2), BigDecimal.ONE,
                                BigDecimal.ONE, null, ids("BP", "CART-77", "SK", "SOCK-GRY-M"))),
                List.of(), Map.of("CN", "9400111899223197428506"), null, List.of(), "000003202", "0001"));
    }

    @Test
    void eachOrderCarriesTheShipmentLevelPartiesReferencesAndTd1PlusItsOwn() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-references-totals.edi")));

        Party shipFrom = X12CodeLists.party("SF", "ACME Fulfilment East", "1", "123456789",
                new Address("ACME Fulfilment East", null, "9 Depot Road", null, "Reno", "NV", "89502", "US", null, null));
        ShipmentTotals totals = new ShipmentTotals(null, new BigDecimal("22.8"), "LB", new BigDecimal("3.1"), "CF",
                BigDecimal.valueOf(4));
        List<ShipmentPackage> shared = List.of(new ShipmentPackage("1Z999AA10000000505", null));
        assertThat(read).containsExactly(
                as856("WC-10071", "ASN-50005", LocalDate.of(2024, 5, 23), "UPSN", "UPS GROUND", shared,
                        List.of(line("MUG-BLU-12", null, "SK", "MUG-BLU-12", 2, 2, 0, "AC", "SK", "MUG-BLU-12")),
                        List.of(shipFrom, X12CodeLists.party("ST", "Tom Baker", null, null, new Address("Tom Baker", null,
                                "8 Elm Row", null, "Eugene", "OR", "97401", "US", "5415550142", null))),
                        ids("BM", "BOL-90005", "CN", "1Z999AA10000000505", "PO", "PO-7781"), totals, List.of(),
                        "000003205", "0001"),
                as856("WC-10072", "ASN-50005", LocalDate.of(2024, 5, 23), "UPSN", "UPS GROUND", shared,
                        List.of(line("TEE-RED-M", null, "SK", "TEE-RED-M", 1, 1, 0, "AC", "SK", "TEE-RED-M")),
                        List.of(shipFrom, X12CodeLists.party("ST", "Ana Silva", null, null, new Address("Ana Silva", null,
                                "10 Harbor Way", null, "Bend", "OR", "97701", "US", null, null))),
                        ids("BM", "BOL-90005-2", "CN", "1Z999AA10000000505", "PO", "PO-7782"), totals, List.of(),
                        "000003205", "0001"));
        assertThat(read.get(1).references().keySet()).as("shipment level first; the order's BM replaces it in place")
                .containsExactly("BM", "CN", "PO");
    }

    @Test
    void refAndN1OfPackAndItemLevelsAreNotTheOrders() throws Exception {
        String text = InboundSamples.text("856-valid-references-totals.edi")
                .replace("LIN**SK*MUG-BLU-12~\n", "LIN**SK*MUG-BLU-12~\nREF*LT*LOT-1~\nN1*MF*Mug Works~\n")
                .replace("SE*34*0001", "SE*36*0001");

        assertThat(readAll(X12ShipNoticeReader.open(InboundSamples.bytes(text))).get(0)).satisfies(c -> {
            assertThat(c.references()).doesNotContainKey("LT");
            assertThat(c.parties()).extracting(Party::entityCode).containsExactly("SF", "ST");
        });
    }

    @Test
    void everyLinPairIsKeptInFileOrderAndARepeatedQualifierKeepsItsFirstId() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-vendor-items.edi")));

        assertThat(read).singleElement().satisfies(c -> assertThat(c.lines()).containsExactly(
                line("WH-MUG-12", "012345678905", "VN", "WH-MUG-12", 2, 2, 0, "AC",
                        "VN", "WH-MUG-12", "BP", "CART-MUG", "UP", "012345678905"),
                line("WH-CAP-01", null, "IN", "BUY-CAP", 3, 1, 2, "IB", "IN", "BUY-CAP", "VN", "WH-CAP-01")));
    }

    @Test
    void resumingAfterTheFirstOrderGivesTheSecond() throws Exception {
        for (int k = 0; k <= 2; k++) {
            assertResumesAfter("856-valid-sopi-two-orders.edi", k, X12ShipNoticeReader::open);
        }
    }

    @Test
    void anIeaMismatchRejectsTheFile() throws Exception {
        assertThat(rejection(X12ShipNoticeReader.open(sample("856-broken-iea-mismatch.edi"))))
                .containsExactly("35 IEA IEA02_MISMATCH");
    }

    @Test
    void anOrderLevelWithoutPrfIsRejected() throws Exception {
        String text = InboundSamples.text("856-valid-sopi-two-orders.edi").replace("PRF*WC-10042~\n", "")
                .replace("SE*31*0001", "SE*30*0001");
        assertThat(rejection(X12ShipNoticeReader.open(InboundSamples.bytes(text)))).containsExactly("24 HL MISSING_DATA");
    }

    @Test
    void withoutOrderLevelsEachItemGoesToTheOrderItsPrfNames() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-si-item-level-prf.edi")));

        List<Party> parties = List.of(X12CodeLists.party("SF", "ACME FULFILLMENT", "92", "WH01", null),
                X12CodeLists.party("ST", "CARTBRIDGE OUTLET", "92", "ST77", null));
        Map<String, String> references = ids("BM", "BOL-60001", "CN", "PRO-44120087");
        ShipmentTotals totals = new ShipmentTotals(null, BigDecimal.valueOf(1210), "LB", null, null, BigDecimal.valueOf(3));
        List<ShipmentPackage> proNumber = List.of(new ShipmentPackage("PRO-44120087", null));
        assertThat(read).containsExactly(
                as856("WC-20041", "ASN-60001", LocalDate.of(2024, 6, 10), "ODFL", "OLD DOMINION", proNumber,
                        List.of(line("WH-MUG-01", null, "BP", "MUG-BLU-12", 24, 24, 0, null, "BP", "MUG-BLU-12", "VN", "WH-MUG-01"),
                                line("WH-TEE-02", null, "BP", "TEE-RED-M", 12, 10, 2, null, "BP", "TEE-RED-M", "VN", "WH-TEE-02")),
                        parties, references, totals, List.of(), "000003601", "0001"),
                as856("WC-20042", "ASN-60001", LocalDate.of(2024, 6, 10), "ODFL", "OLD DOMINION", proNumber,
                        List.of(line("WH-CAP-03", null, "BP", "CAP-GRN-01", 6, 6, 0, null, "BP", "CAP-GRN-01", "VN", "WH-CAP-03")),
                        parties, references, totals, List.of(), "000003601", "0001"));
    }

    @Test
    void anItemPrfUnderAnOrderLevelNumbersOnlyAnOrderWithoutItsOwnPrf() throws Exception {
        String text = InboundSamples.text("856-valid-sopi-two-orders.edi");
        String withItemPrf = text.replace("SN1**1*EA**3*EA**IB~\n", "PRF*PO-OTHER~\nSN1**1*EA**3*EA**IB~\n")
                .replace("SE*31*0001", "SE*32*0001");
        assertThat(withItemPrf).isNotEqualTo(text);

        assertThat(readAll(X12ShipNoticeReader.open(InboundSamples.bytes(withItemPrf))))
                .extracting(ShipmentConfirmation::orderNumber).containsExactly("WC-10041", "WC-10042");
    }

    @Test
    void itemLevelMarksArePackagesOfTheirOrderEachOnce() throws Exception {
        String marked = InboundSamples.text("856-valid-soi-crlf.edi")
                .replace("SN1*1*4*EA**4*EA~\r\n", "SN1*1*4*EA**4*EA~\r\nMAN*CP*1Z999AA10000000301~\r\n")
                .replace("SN1*2*1*EA**2*EA~\r\n", "SN1*2*1*EA**2*EA~\r\nMAN*CP*1Z999AA10000000301~\r\n")
                .replace("SE*15*0001", "SE*17*0001");

        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(InboundSamples.bytes(marked)));

        assertThat(read.get(0).packages()).containsExactly(new ShipmentPackage("1Z999AA10000000301", null));
    }

    @Test
    void aByteOrderMarkCrlfAndIndentedSegmentsAreRead() throws Exception {
        assertThat(readAll(X12ShipNoticeReader.open(sample("856-valid-bom-indented-crlf.edi")))).containsExactly(
                as856("WC-20101", "ASN-60010", LocalDate.of(2024, 6, 15), "UPSN", "UPS GROUND",
                        List.of(new ShipmentPackage("1Z999AA10123460010", null)),
                        List.of(line("MUG-BLU-12", null, "SK", "MUG-BLU-12", 2, 2, 0, null, "SK", "MUG-BLU-12", "VN", "WH-MUG-01"),
                                line("TEE-RED-M", null, "SK", "TEE-RED-M", 3, 1, 2, null, "SK", "TEE-RED-M", "VN", "WH-TEE-02")),
                        List.of(X12CodeLists.party("ST", "Jane Doe", null, null, new Address("Jane Doe", null,
                                "12 Harbour Street", null, "Portland", "OR", "97201", "US", null, null))),
                        ids("BM", "BOL-60010", "CN", "1Z999AA10123460010"),
                        new ShipmentTotals(null, new BigDecimal("6.5"), "LB", null, null, BigDecimal.valueOf(2)), List.of(),
                        "000003607", "0001"));
    }

    /** apimeister/x12-types test-data/004060_856.edi: a line break as segment terminator, no final one, 004060. */
    @Test
    void publishedNoticeWithNewlineTerminatorAndVendorPartNumbers() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("apimeister-004060_856.edi")));

        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.orderNumber()).isEqualTo("99999817");
            assertThat(c.shipmentId()).isEqualTo("829716");
            assertThat(c.shipDate()).isEqualTo(LocalDate.of(2011, 12, 6));
            assertThat(c.carrierCode()).isEqualTo("XXXX");
            assertThat(c.packages()).containsExactly(new ShipmentPackage("5787970539", null));
            assertThat(c.lines()).extracting(ShippedLine::sku, ShippedLine::upc, ShippedLine::quantityShipped).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("87787D", "999999310145", BigDecimal.valueOf(24)),
                    org.assertj.core.groups.Tuple.tuple("99887D", "999999311746", BigDecimal.valueOf(6)));
            assertThat(c.totals().weight()).isEqualByComparingTo("60.310");
        });
    }

    @Test
    void aNulByteInAnItemIdRejectsTheNoticeAtItsSegment() throws Exception {
        assertThat(rejection(X12ShipNoticeReader.open(sample("856-broken-nul-in-data.edi"))))
                .containsExactly("17 LIN INVALID_ELEMENT");
    }

    @Test
    void aShipmentAdviceIsTheWrongTransaction() throws Exception {
        assertThat(rejection(X12ShipNoticeReader.open(sample("945-valid-two-packages.edi"))))
                .containsExactly("3 ST WRONG_TRANSACTION");
    }

    /** {@return the confirmation as the 856 reader builds it: its order number and shipment id in their places
     * (PRF-01, BSN-02) and its references with their code list 128 kinds, in neutral terms} */
    static ShipmentConfirmation as856(String orderNumber, String shipmentId, LocalDate shipDate, String carrier,
                                      String service, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                      String interchange, String set) {
        return as856(orderNumber, shipmentId, shipDate, carrier, service, packages, lines, List.of(), Map.of(), null,
                List.of(), interchange, set);
    }

    static ShipmentConfirmation as856(String orderNumber, String shipmentId, LocalDate shipDate, String carrier,
                                      String service, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                      List<io.cartbridge.edi.model.Party> parties, Map<String, String> references,
                                      io.cartbridge.edi.model.ShipmentTotals totals,
                                      List<io.cartbridge.edi.model.UnitLoad> loads, String interchange, String set) {
        return new ShipmentConfirmation(orderNumber, shipmentId, shipDate, carrier, service, packages, lines, parties,
                references, ShipmentConfirmation.referencesOf("PRF-01", orderNumber, "BSN-02", shipmentId,
                        X12CodeLists.references(references)), totals, loads, interchange, set);
    }
}
