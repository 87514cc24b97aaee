package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.assertResumesAfter;
import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.UnitLoad;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12ShipmentAdviceReaderTests {

    static ShippedLine line(String sku, String upc, String qualifier, String id, int ordered, int shipped, int diff,
                            String status, String... itemIds) {
        return X12CodeLists.shippedLine(sku, upc, qualifier, id, BigDecimal.valueOf(ordered), BigDecimal.valueOf(shipped),
                BigDecimal.valueOf(diff), status, ids(itemIds));
    }

    /** Qualifier, id, qualifier, id ... as an ordered map. */
    static Map<String, String> ids(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** W03 with units, weight and its unit only, as most samples send it. */
    static ShipmentTotals weighed(int units, String weight, String unit) {
        return new ShipmentTotals(BigDecimal.valueOf(units), new BigDecimal(weight), unit, null, null, null);
    }

    static ShipmentConfirmation twoPackages(String isa13) {
        return as945("WC-10021", "SHP-88001", LocalDate.of(2024, 5, 16), "UPSN", "UPS GROUND",
                List.of(new ShipmentPackage("1Z999AA10123456784", "00012345670000000011"),
                        new ShipmentPackage("1Z999AA10123456791", "00012345670000000028")),
                List.of(line("MUG-BLU-12", "012345678905", "SK", "MUG-BLU-12", 2, 2, 0, "CC", "UP", "012345678905", "SK", "MUG-BLU-12"),
                        line("TEE-RED-M", "036000291452", "SK", "TEE-RED-M", 1, 1, 0, "CC", "SK", "TEE-RED-M", "UP",
                                "036000291452")),
                List.of(X12CodeLists.party("ST", "Jane Doe", null, null, new Address("Jane Doe", null, "12 Harbour Street", null,
                        "Portland", "OR", "97201", "US", null, null))),
                Map.of("CO", "WC-10021"), weighed(3, "4.2", "LB"), List.of(), isa13, "0001");
    }

    static ShipmentConfirmation partialBackorder(String isa13) {
        return as945("WC-10022", "SHP-88002", LocalDate.of(2024, 5, 17), "USPS", "PRIORITY",
                List.of(new ShipmentPackage("9400111899223197428490", null)),
                List.of(line("MUG-BLU-12", null, "SK", "MUG-BLU-12", 1, 1, 0, "CC", "SK", "MUG-BLU-12"),
                        line("TEE-RED-M", null, "SK", "TEE-RED-M", 3, 1, 2, "BP", "SK", "TEE-RED-M"),
                        line("WH-CAP-01", null, "VN", "WH-CAP-01", 1, 0, 1, "IC", "VN", "WH-CAP-01")),
                List.of(X12CodeLists.party("ST", "Ali Ben", null, null, null)), Map.of("2I", "9400111899223197428490"),
                weighed(2, "1.1", "LB"), List.of(), isa13, "0001");
    }

    static ShipmentConfirmation v5010First(String isa13) {
        return as945("WC-10031", "SHP-88031", LocalDate.of(2024, 5, 21), "FDEG",
                "FEDEX HOME DELIVERY", List.of(new ShipmentPackage("794612345678", null)),
                List.of(line("SOCK-GRY-L", "4006381333931", "SK", "SOCK-GRY-L", 4, 4, 0, "CC", "SK", "SOCK-GRY-L", "EN",
                        "4006381333931")), isa13, "0001");
    }

    @Test
    void onePackagePerLxLoopWithTrackingNumberAndSscc() throws Exception {
        assertThat(readAll(X12ShipmentAdviceReader.open(sample("945-valid-two-packages.edi"))))
                .containsExactly(twoPackages("000003101"));
    }

    @Test
    void partialShipmentKeepsOrderedShippedDifferenceAndStatusPerLineAndTrackingFromN9() throws Exception {
        assertThat(readAll(X12ShipmentAdviceReader.open(sample("945-valid-partial-backorder.edi"))))
                .containsExactly(partialBackorder("000003102"));
    }

    @Test
    void everyProductIdPairOfAW12IsKeptInFileOrderWithTheUpcFirst() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-vendor-items.edi")));

        assertThat(read).singleElement().satisfies(c -> assertThat(c.lines()).containsExactly(
                line("WH-TEE-RM", "036000291452", "VN", "WH-TEE-RM", 2, 2, 0, "CC",
                        "UP", "036000291452", "VN", "WH-TEE-RM", "BP", "CART-TEE"),
                line("WH-MUG-12", null, "BP", "CART-MUG", 1, 1, 0, "CC", "BP", "CART-MUG", "VN", "WH-MUG-12"),
                line("WH-CAP-01", null, "VN", "WH-CAP-01", 3, 2, 1, "BP", "VN", "WH-CAP-01")));
        assertThat(read.get(0).lines().get(0).itemIds().keySet()).containsExactly("UP", "VN", "BP");
    }

    @Test
    void headingN1LoopsN9ReferencesW10UnitLoadsAndW03TotalsAreKept005010() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-parties-totals.edi")));

        assertThat(read).singleElement().isEqualTo(as945("WC-10061", "SHP-88061",
                LocalDate.of(2024, 5, 23), "ODFL", "LTL STANDARD",
                List.of(new ShipmentPackage(null, "00012345670000000615"), new ShipmentPackage(null, "00012345670000000622")),
                List.of(line("MUG-BLU-12", null, "SK", "MUG-BLU-12", 12, 12, 0, "CC", "SK", "MUG-BLU-12"),
                        line("TEE-RED-M", null, "SK", "TEE-RED-M", 8, 8, 0, "CC", "SK", "TEE-RED-M")),
                List.of(X12CodeLists.party("ST", "Maria Lopez", null, null, new Address("Maria Lopez", "Lopez Ceramics LLC",
                                "400 Market Street", "Suite 12", "Austin", "TX", "78701", "US", null, null)),
                        X12CodeLists.party("SF", "ACME Fulfilment East", "1", "123456789", new Address("ACME Fulfilment East", null,
                                "9 Depot Road", null, "Reno", "NV", "89502", "US", null, null)),
                        X12CodeLists.party("WH", "ACME DC RENO", "ZZ", "RNO1", null)),
                ids("BM", "BOL-77061", "CN", "PRO-5550061", "PO", "PO-2024-0061"),
                new ShipmentTotals(BigDecimal.valueOf(20), new BigDecimal("310.5"), "LB", new BigDecimal("42.75"), "CF",
                        BigDecimal.valueOf(2)),
                List.of(new UnitLoad("01", BigDecimal.ONE)), "000003109", "0001"));
        assertThat(read.get(0).references().keySet()).as("file order, the first BM kept").containsExactly("BM", "CN", "PO");
    }

    @Test
    void aSetWithoutN1N9W10OrW03HasNoPartiesReferencesUnitLoadsOrTotals() throws Exception {
        ShipmentConfirmation read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-005010.edi"))).get(0);

        assertThat(read.parties()).isEmpty();
        assertThat(read.references()).isEmpty();
        assertThat(read.unitLoads()).isEmpty();
        assertThat(read.totals()).isNull();
    }

    @Test
    void n9InsideAnLxLoopIsNoHeadingReference() throws Exception {
        String text = InboundSamples.text("945-valid-two-packages.edi").replace("LX*2~\n", "LX*2~\nN9*LT*LOT-7~\n")
                .replace("SE*17*0001", "SE*18*0001");

        assertThat(readAll(X12ShipmentAdviceReader.open(InboundSamples.bytes(text)))).singleElement()
                .satisfies(c -> assertThat(c.references()).containsExactly(Map.entry("CO", "WC-10021")));
    }

    @Test
    void version005010WithCrlfYieldsOneConfirmationPerSetAndFallsBackToW06Date() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-005010.edi")));

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(v5010First("000003103"));
        assertThat(read.get(1)).isEqualTo(as945("WC-10032", "SHP-88032", LocalDate.of(2024, 5, 20),
                "FDEG", null, List.of(new ShipmentPackage("794612345679", null)),
                List.of(line("SOCK-GRY-M", null, "SK", "SOCK-GRY-M", 2, 1, 1, "CP", "SK", "SOCK-GRY-M")), "000003103", "0002"));
    }

    @Test
    void segmentTerminator0x15WithoutLineBreaksIsRead() throws Exception {
        assertThat(readAll(X12ShipmentAdviceReader.open(sample("945-valid-0x15-terminator.edi"))))
                .containsExactly(twoPackages("000003104"));
    }

    @Test
    void twoInterchanges004010And005010SideBySide() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-two-interchanges.edi")));

        assertThat(read).containsExactly(partialBackorder("000003105"), v5010First("000003106"));
        assertThat(read.get(0).parties()).extracting(Party::entityCode).containsExactly("ST");
        assertThat(read.get(0).totals().units()).isEqualByComparingTo("2");
        assertThat(read.get(1).totals()).isNull();
    }

    @Test
    void n9TrackingNumbersInsideLxLoopsArePackagesWhenNoManGivesOne() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-lx-reference-tracking.edi")));

        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.orderNumber()).isEqualTo("WC-20050");
            assertThat(c.shipmentId()).isEqualTo("SHP-92001");
            assertThat(c.packages()).containsExactly(new ShipmentPackage("794611110001", null),
                    new ShipmentPackage("794611110002", null));
            assertThat(c.references()).as("N9s inside LX loops are no heading references").isEmpty();
            assertThat(c.lines()).containsExactly(
                    line(null, null, "IN", "MUG-BLU-12", 2, 2, 0, "CC", "IN", "MUG-BLU-12"),
                    line(null, null, "IN", "TEE-RED-M", 1, 1, 0, "CC", "IN", "TEE-RED-M"));
        });
    }

    @Test
    void aManCarrierPackageIdWinsOverAnN9InTheSameLxLoop() throws Exception {
        String text = InboundSamples.text("945-valid-lx-reference-tracking.edi").replace("LX*1~\n", "LX*1~\nMAN*CP*1Z999AA10123450050~\n")
                .replace("SE*16*0001", "SE*17*0001");

        assertThat(readAll(X12ShipmentAdviceReader.open(InboundSamples.bytes(text)))).singleElement()
                .satisfies(c -> assertThat(c.packages()).containsExactly(new ShipmentPackage("1Z999AA10123450050", null),
                        new ShipmentPackage("794611110002", null)));
    }

    @Test
    void twoFunctionalGroupsInOneInterchangeGiveOneConfirmationEach() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-two-groups.edi")));

        assertThat(read).extracting(ShipmentConfirmation::orderNumber, ShipmentConfirmation::shipmentId,
                c -> c.packages().get(0).trackingNumber(), c -> c.lines().get(0).sku(),
                ShipmentConfirmation::interchangeControlNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WC-20061", "SHP-92011", "1Z999AA10123450001", "MUG-BLU-12", "000003603"),
                org.assertj.core.groups.Tuple.tuple("WC-20062", "SHP-92012", "1Z999AA10123450002", "TEE-RED-M", "000003603"));
    }

    /** In 005010 ISA11 is the repetition separator; a letter there (004010's U) cannot be one, so data keep their U. */
    @Test
    void aLetterInIsa11Of005010IsNoRepetitionSeparator() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-005010-isa11-u.edi")));

        assertThat(read).singleElement().isEqualTo(as945("WC-20070", "SHP-92070", LocalDate.of(2024, 6, 14), "UPSN",
                "UPS SUREPOST", List.of(new ShipmentPackage("1Z999AA10123450070", null)),
                List.of(line("UMBRELLA-U1", null, "SK", "UMBRELLA-U1", 1, 1, 0, "CC", "SK", "UMBRELLA-U1")),
                List.of(X12CodeLists.party("ST", "Ursula Underwood", null, null, new Address("Ursula Underwood", null,
                        "1 Union Square", null, "Utica", "NY", "13501", "US", null, null))),
                Map.of(), weighed(1, "1.1", "LB"), List.of(), "000003606", "0001"));
    }

    @Test
    void aLowerCaseSegmentTagIsRejectedNotPassedOver() throws Exception {
        assertThat(rejection(X12ShipmentAdviceReader.open(sample("945-broken-lowercase-tag.edi"))))
                .containsExactly("17 w12 UNEXPECTED_SEGMENT");
    }

    @Test
    void resumingAfterAnyPositionGivesTheSameRemainingConfirmations() throws Exception {
        for (int k = 0; k <= 3; k++) {
            assertResumesAfter("945-valid-two-interchanges.edi", k, X12ShipmentAdviceReader::open);
            assertResumesAfter("945-valid-005010.edi", k, X12ShipmentAdviceReader::open);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "945-broken-se-count.edi     | 19 SE SE_COUNT",
        "945-broken-truncated.edi    | 10 W27 TRUNCATED",
        "945-broken-missing-w06.edi  | 3 ST MISSING_DATA",
        "x12-unsupported-810.edi     | 3 ST UNSUPPORTED_TRANSACTION",
        "940-valid-004010.edi        | 3 ST WRONG_TRANSACTION, 21 ST WRONG_TRANSACTION",
        "940-broken-iea-mismatch.edi | 3 ST WRONG_TRANSACTION, 21 ST WRONG_TRANSACTION, 37 IEA IEA02_MISMATCH",
        "940-broken-isa-short.edi    | 1 ISA MALFORMED_ISA",
        "not-x12.txt                 | 0 - UNKNOWN_FORMAT",
    })
    void brokenOrForeignFilesAreRejectedWithPositionAndCode(String file, String expected) throws Exception {
        assertThat(rejection(X12ShipmentAdviceReader.open(sample(file)))).containsExactly(expected.split(", "));
    }

    @Test
    void aBrokenSetIsNeverHandedOut() throws Exception {
        try (X12ShipmentAdviceReader reader = X12ShipmentAdviceReader.open(sample("945-broken-se-count.edi"))) {
            assertThat(rejection(reader)).containsExactly("19 SE SE_COUNT");
            assertThat(reader.position()).isZero();
        }
    }

    @Test
    void anEnvelopeWithoutTransactionSetsIsRejectedAsMissingData() throws Exception {
        String empty = "ISA*00*          *00*          *ZZ*ACMEWHSE       *ZZ*CARTBRIDGE     *240516*1830*U*00401*"
                + "000000001*0*P*>~IEA*0*000000001~";
        assertThat(rejection(X12ShipmentAdviceReader.open(InboundSamples.bytes(empty)))).containsExactly("0 - MISSING_DATA");
    }

    @Test
    void anUnparseableQuantityRejectsTheFile() throws Exception {
        String bad = InboundSamples.text("945-valid-partial-backorder.edi").replace("W12*BP*3*1*2", "W12*BP*3*ONE*2");
        assertThat(rejection(X12ShipmentAdviceReader.open(InboundSamples.bytes(bad)))).containsExactly("11 W12 INVALID_ELEMENT");
    }

    /** {@return the confirmation as the 945 reader builds it: its order number and shipment id in their places
     * (W06-02, W06-04) and its references with their code list 128 kinds, in neutral terms} */
    static ShipmentConfirmation as945(String orderNumber, String shipmentId, LocalDate shipDate, String carrier,
                                      String service, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                      String interchange, String set) {
        return as945(orderNumber, shipmentId, shipDate, carrier, service, packages, lines, List.of(), Map.of(), null,
                List.of(), interchange, set);
    }

    static ShipmentConfirmation as945(String orderNumber, String shipmentId, LocalDate shipDate, String carrier,
                                      String service, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                      List<io.cartbridge.edi.model.Party> parties, Map<String, String> references,
                                      io.cartbridge.edi.model.ShipmentTotals totals,
                                      List<io.cartbridge.edi.model.UnitLoad> loads, String interchange, String set) {
        return new ShipmentConfirmation(orderNumber, shipmentId, shipDate, carrier, service, packages, lines, parties,
                references, ShipmentConfirmation.referencesOf("W06-02", orderNumber, "W06-04", shipmentId,
                        X12CodeLists.references(references)), totals, loads, interchange, set);
    }
}
