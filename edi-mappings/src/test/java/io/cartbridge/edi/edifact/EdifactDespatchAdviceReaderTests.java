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
