package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdifactDespatchAdviceReaderTests {

    private static List<ShipmentConfirmation> readAll(String sample) throws Exception {
        List<ShipmentConfirmation> all = new ArrayList<>();
        try (EdifactDespatchAdviceReader reader = EdifactDespatchAdviceReader.open(EdifactTestData.sample(sample))) {
            for (ShipmentConfirmation c = reader.next(); c != null; c = reader.next()) {
                all.add(c);
            }
        }
        return all;
    }

    @Test
    void oneDesadvShippingTwoOrdersYieldsOneConfirmationPerOrderWithItsPackages() throws Exception {
        List<ShipmentConfirmation> all = readAll("desadv-two-orders.edi");
        assertThat(all).extracting(ShipmentConfirmation::orderNumber).containsExactly("WC-10021", "WC-10022");

        ShipmentConfirmation first = all.get(0);
        assertThat(first.shipmentId()).isEqualTo("SHP-88001");
        assertThat(first.shipDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(first.carrierCode()).isEqualTo("DHL");
        assertThat(first.interchangeControlNumber()).isEqualTo("7001");
        assertThat(first.transactionControlNumber()).isEqualTo("1");
        assertThat(first.references()).containsEntry("BM", "BOL-5512");
        assertThat(first.parties()).extracting(p -> p.entityCode(), p -> p.name())
                .containsExactly(tuple("SF", "Fulfilment Nord GmbH"), tuple("DP", "Jane O'Doe"));
        assertThat(first.parties().get(1).address().city()).isEqualTo("München");
        assertThat(first.packages()).containsExactly(new ShipmentPackage("JJD000390007771", "340123450000000018"));
        assertThat(first.lines()).hasSize(2);
        ShippedLine mug = first.lines().get(0);
        assertThat(mug.sku()).isEqualTo("MUG-BLU-12");
        assertThat(mug.upc()).isEqualTo("4006381333931");
        assertThat(mug.quantityShipped()).isEqualByComparingTo("2");
        assertThat(mug.quantityOrdered()).isEqualByComparingTo("2");
        assertThat(mug.itemIds()).containsExactly(java.util.Map.entry("EN", "4006381333931"),
                java.util.Map.entry("SA", "MUG-BLU-12"));
        ShippedLine tee = first.lines().get(1);
        assertThat(tee.quantityShipped()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(tee.quantityDifference()).isEqualByComparingTo("1");

        ShipmentConfirmation second = all.get(1);
        assertThat(second.shipmentId()).isEqualTo("SHP-88001");
        assertThat(second.packages()).containsExactly(new ShipmentPackage("JJD000390007772", "340123450000000025"));
        assertThat(second.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("CANDLE-LAV");
            assertThat(l.itemIds()).containsEntry("BP", "W-77");
            assertThat(l.quantityShipped()).isEqualByComparingTo("3");
            assertThat(l.quantityOrdered()).isNull();
        });
    }

    @Test
    void readsThePublicD96aSampleWhoseLinesNameTheirOrders() throws Exception {
        List<ShipmentConfirmation> all = readAll("public-d96a-desadv.edi");
        assertThat(all).extracting(ShipmentConfirmation::orderNumber).containsExactly("6877871", "6905456");
        assertThat(all).allSatisfy(c -> {
            assertThat(c.shipmentId()).isEqualTo("Y02197250");
            assertThat(c.shipDate()).isEqualTo(LocalDate.of(2016, 7, 26));
            assertThat(c.references()).containsEntry("PK", "VEE0214439");
            assertThat(c.interchangeControlNumber()).isEqualTo("1");
            assertThat(c.transactionControlNumber()).isEqualTo("142");
        });
        assertThat(all.get(0).lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("9780738507330");
            assertThat(l.productIdQualifier()).isEqualTo("ZZZ");
            assertThat(l.quantityShipped()).isEqualByComparingTo("1");
        });
        assertThat(all.get(1).lines()).extracting(ShippedLine::sku).containsExactly("9781568361871");
        assertThat(all.get(0).parties()).extracting(p -> p.entityCode(), p -> p.id(), p -> p.idQualifier())
                .containsExactly(tuple("SU", "1694901", null), tuple("BY", "01131116", null));
    }

    @Test
    void readsUnoaWithoutUnaAndAReleasedSeparatorInData() throws Exception {
        ShipmentConfirmation only = readAll("desadv-unoa-no-una.edi").get(0);
        assertThat(only.orderNumber()).isEqualTo("WC-10030");
        assertThat(only.carrierCode()).isEqualTo("UPSN");
        assertThat(only.serviceLevel()).isEqualTo("EXPRESS");
        assertThat(only.packages()).containsExactly(new ShipmentPackage(null, "340123450000000032"));
        assertThat(only.lines()).extracting(ShippedLine::sku).containsExactly("BOOK+MORE");
    }

    @Test
    void readsAnEancomDesadvInSyntaxVersion2WithItsCpsAndOrderedQuantity() throws Exception {
        ShipmentConfirmation only = readAll("desadv-eancom-unob2.edi").get(0);
        assertThat(only.orderNumber()).isEqualTo("WC-20417");
        assertThat(only.shipmentId()).isEqualTo("DN-5501");
        assertThat(only.shipDate()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(only.interchangeControlNumber()).isEqualTo("77");
        assertThat(only.references()).containsEntry("DQ", "DN-5501");
        assertThat(only.parties()).extracting(p -> p.entityCode(), p -> p.id())
                .containsExactly(tuple("SU", "4012345000009"), tuple("BY", "4098765000007"), tuple("DP", "4098765000014"));
        assertThat(only.packages()).isEmpty();
        assertThat(only.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("MUG-BLU-12");
            assertThat(l.upc()).isEqualTo("4006381333931");
            assertThat(l.itemIds()).containsEntry("IN", "88123");
            assertThat(l.quantityShipped()).isEqualByComparingTo("66");
            assertThat(l.quantityOrdered()).isEqualByComparingTo("66");
            assertThat(l.quantityDifference()).isEqualByComparingTo("0");
        });
    }

    @Test
    void customSeparatorsAndADecimalCommaReadAsTheDefaults() throws Exception {
        ShipmentConfirmation custom = readAll("desadv-custom-separators.edi").get(0);
        ShipmentConfirmation plain = readAll("desadv-eancom-unob2.edi").get(0);
        assertThat(custom).isEqualTo(plain);
    }

    @Test
    void anInterchangeWrappedIntoLinesOf80CharactersReadsAsTheUnwrappedOne() throws Exception {
        assertThat(readAll("desadv-wrapped-80.edi")).containsExactlyElementsOf(readAll("desadv-eancom-unob2.edi"));
    }

    @Test
    void aParcelNumberSentAsGinBjIsTheTrackingNumberAndAnSsccWithItsApplicationIdentifierStaysAnSscc()
            throws Exception {
        String desadv = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'BGM+351+S1'RFF+ON:WC-1'CPS+1'"
                + "GIN+BJ+1Z999AA10123456784+00340123450000000101'LIN+1++123:EN'QTY+12:1'UNT+8+1'UNZ+1+5'";
        ShipmentConfirmation c = EdifactDespatchAdviceReader.open(EdifactTestData.in(desadv)).next();
        assertThat(c.packages()).containsExactly(new ShipmentPackage("1Z999AA10123456784", "00340123450000000101"));
    }

    @Test
    void withoutAnyRffOnTheHeadingsCustomerReferenceNamesTheOrder() throws Exception {
        String desadv = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'BGM+351+S1'RFF+CR:WC-77'"
                + "LIN+1++123:EN'QTY+12:1'UNT+6+1'UNZ+1+5'";
        ShipmentConfirmation c = EdifactDespatchAdviceReader.open(EdifactTestData.in(desadv)).next();
        assertThat(c.orderNumber()).isEqualTo("WC-77");
        assertThat(c.neutralReferences().get(0).code()).isEqualTo("RFF+CR");
    }

    @Test
    void readsEveryInterchangeOfAFileWithCrLfAfterEachSegment() throws Exception {
        List<ShipmentConfirmation> all = readAll("desadv-crlf-two-interchanges.edi");
        assertThat(all).extracting(ShipmentConfirmation::orderNumber, ShipmentConfirmation::shipmentId,
                        ShipmentConfirmation::interchangeControlNumber)
                .containsExactly(tuple("WC-20417", "DN-5501", "77"), tuple("WC-20418", "DN-5502", "78"));
    }

    @Test
    void nestedPackagesInSyntaxVersion1GiveTheirSsccsAndTheLinesInThem() throws Exception {
        ShipmentConfirmation only = readAll("desadv-nested-packages-unob1.edi").get(0);
        assertThat(only.orderNumber()).isEqualTo("WC-30077");
        assertThat(only.shipmentId()).isEqualTo("DES887441");
        assertThat(only.shipDate()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(only.transactionControlNumber()).isEqualTo("ME000001");
        assertThat(only.packages()).containsExactly(new ShipmentPackage(null, "354107380000001051"),
                new ShipmentPackage(null, "354107380000001068"));
        assertThat(only.lines()).extracting(ShippedLine::upc, l -> l.quantityShipped().intValueExact())
                .containsExactly(tuple("5410738000152", 20), tuple("5410738000169", 5), tuple("5410738000176", 3),
                        tuple("5410738000183", 12));
        assertThat(only.lines()).allSatisfy(l -> assertThat(l.productIdQualifier()).isEqualTo("SRV"));
    }

    @Test
    void everySsccOfAPalletGroupIsAPackageAndTheConsignmentsTrackingNumberIsKept() throws Exception {
        ShipmentConfirmation only = readAll("desadv-pallet-ssccs-consignment.edi").get(0);
        assertThat(only.orderNumber()).isEqualTo("WC-40001");
        assertThat(only.carrierCode()).isEqualTo("UPS");
        assertThat(only.shipDate()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(only.packages()).containsExactly(new ShipmentPackage(null, "340123450000000101"),
                new ShipmentPackage(null, "340123450000000118"), new ShipmentPackage(null, "340123450000000125"),
                new ShipmentPackage("1Z999AA10123456784", null));
        assertThat(only.references()).containsEntry("CN", "1Z999AA10123456784");
        // syntax version 4 with a version 3 UNA: its space names no repetition separator, so names keep their spaces
        assertThat(only.parties().get(1).name()).isEqualTo("Anna Schmidt");
        assertThat(only.parties().get(1).address().line1()).isEqualTo("Hauptstrasse 5");
        assertThat(only.parties().get(1).address().city()).isEqualTo("Berlin");
        ShippedLine red = only.lines().get(1);
        assertThat(red.sku()).isEqualTo("MUG-RED-12");
        assertThat(red.quantityOrdered()).isEqualByComparingTo("15");
        assertThat(red.quantityShipped()).isEqualByComparingTo("12");
        assertThat(red.quantityDifference()).isEqualByComparingTo("3");
    }

    @Test
    void readsDatesInTheOtherFormatsOf2379AndTheCarrierPartyWithoutTdt() throws Exception {
        String desadv = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'BGM+351+S1'DTM+11:2408051230:201'"
                + "RFF+ON:WC-1'NAD+CA+DHLDE::87'LIN+1++123:EN'QTY+12:1'UNT+8+1'UNZ+1+5'";
        ShipmentConfirmation c = EdifactDespatchAdviceReader.open(EdifactTestData.in(desadv)).next();
        assertThat(c.shipDate()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(c.carrierCode()).isEqualTo("DHLDE");
        for (String dtm : new String[] {"DTM+11:050824:2", "DTM+11:05082024:4", "DTM+11:202408051230?+0100:205",
                "DTM+11:202408051230CET:303", "DTM+11:20240805-20240806:718"}) {
            String variant = desadv.replace("DTM+11:2408051230:201", dtm);
            assertThat(EdifactDespatchAdviceReader.open(EdifactTestData.in(variant)).next().shipDate()).as(dtm)
                    .isEqualTo(LocalDate.of(2024, 8, 5));
        }
    }

    @Test
    void resumesAfterACheckpointWithTheFollowingConfirmations() throws Exception {
        try (EdifactDespatchAdviceReader reader = EdifactDespatchAdviceReader.open(EdifactTestData.sample("desadv-two-orders.edi"))) {
            assertThat(reader.skip(1)).isEqualTo(1);
            assertThat(reader.position()).isEqualTo(1);
            assertThat(reader.next().orderNumber()).isEqualTo("WC-10022");
            assertThat(reader.position()).isEqualTo(2);
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aBrokenFileFailsWithEveryErrorAndItsPositionOnEveryCall() throws Exception {
        try (EdifactDespatchAdviceReader reader = EdifactDespatchAdviceReader.open(EdifactTestData.sample("broken-desadv-unt-count.edi"))) {
            assertThatThrownBy(reader::next).isInstanceOf(EdiException.class)
                    .satisfies(e -> assertThat(((EdiException) e).errors())
                            .extracting(EdiError::segmentPosition, EdiError::code).containsExactly(tuple(36, "UNT_COUNT")));
            assertThatThrownBy(reader::next).isInstanceOf(EdiException.class);
        }
    }

    @Test
    void rejectsAnotherMessageTypeAndADesadvWithoutOrder() {
        assertThatThrownBy(() -> readAll("invrpt-d96a.edi")).isInstanceOf(EdiException.class)
                .satisfies(e -> assertThat(((EdiException) e).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                        .containsExactly(tuple(3, "WRONG_MESSAGE")));
        String noOrder = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'BGM+351+S1'LIN+1++123:EN'QTY+12:1'"
                + "UNT+5+1'UNZ+1+5'";
        assertThatThrownBy(() -> EdifactDespatchAdviceReader.open(EdifactTestData.in(noOrder)).next())
                .isInstanceOf(EdiException.class)
                .satisfies(e -> assertThat(((EdiException) e).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                        .containsExactly(tuple(4, "MISSING_DATA")));
    }
}
