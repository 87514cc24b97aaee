package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlShipmentConfirmationReaderTests {

    @Test
    void readsEachOrderOfAShipmentWithPackagesLinesAndQuantities() throws Exception {
        List<ShipmentConfirmation> all = readAll("shipments-valid-two-orders.xml");

        assertThat(all).hasSize(2);
        ShipmentConfirmation first = all.get(0);
        assertThat(first.orderNumber()).isEqualTo("WC-10021");
        assertThat(first.shipmentId()).isEqualTo("SHP-77001");
        assertThat(first.shipDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(first.carrierCode()).isEqualTo("UPSN");
        assertThat(first.serviceLevel()).isEqualTo("GND");
        assertThat(first.packages()).containsExactly(
                new ShipmentPackage("1Z999AA10123456784", "003123450000000017"),
                new ShipmentPackage("1Z999AA10123456795", null));
        assertThat(first.references()).containsExactly(Map.entry("BM", "BOL-55120"));
        assertThat(first.totals()).isEqualTo(new ShipmentTotals(new BigDecimal("3"), new BigDecimal("5.9"), "LB",
                null, null, new BigDecimal("2")));
        assertThat(first.interchangeControlNumber()).isEqualTo("SC-000731");
        assertThat(first.transactionControlNumber()).isEqualTo("1");

        ShippedLine mug = first.lines().get(0);
        assertThat(mug.sku()).isEqualTo("MUG-BLU-12");
        assertThat(mug.upc()).isEqualTo("012345678905");
        assertThat(mug.itemIds()).containsExactly(Map.entry("SK", "MUG-BLU-12"), Map.entry("UP", "012345678905"));
        assertThat(mug.quantityShipped()).isEqualByComparingTo("2");
        assertThat(mug.quantityDifference()).isEqualByComparingTo("0");
        assertThat(mug.lineStatus()).isEqualTo("CC");
        ShippedLine tee = first.lines().get(1);
        assertThat(tee.quantityOrdered()).isEqualByComparingTo("3");
        assertThat(tee.quantityShipped()).isEqualByComparingTo("1");
        assertThat(tee.quantityDifference()).isEqualByComparingTo("2");
        assertThat(tee.lineStatus()).isEqualTo("BP");

        ShipmentConfirmation second = all.get(1);
        assertThat(second.orderNumber()).isEqualTo("WC-10022");
        assertThat(second.transactionControlNumber()).isEqualTo("2");
        assertThat(second.packages()).containsExactly(new ShipmentPackage("1Z999AA10123456806", null));
        ShippedLine candle = second.lines().get(0);
        assertThat(candle.sku()).isEqualTo("ACME-55012");
        assertThat(candle.upc()).isEqualTo("4006381333931");
        assertThat(candle.itemIds()).containsExactly(Map.entry("VN", "ACME-55012"), Map.entry("EN", "4006381333931"));
        assertThat(candle.productIdQualifier()).isEqualTo("VN");
        assertThat(candle.quantityDifference()).isEqualByComparingTo("3");
        assertThat(candle.lineStatus()).as("cancelled quantity without status").isEqualTo("IC");
    }

    @Test
    void envelopeIsTheHeader() throws Exception {
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                XmlSamples.sample("shipments-valid-two-orders.xml"))) {
            assertThat(reader.envelope()).isNull();
            reader.next();
            XmlEnvelope envelope = reader.envelope();
            assertThat(envelope.kind()).isEqualTo(XmlDocumentKind.SHIPMENT_CONFIRMATIONS);
            assertThat(envelope.controlNumber()).isEqualTo("SC-000731");
            assertThat(envelope.senderId()).isEqualTo("ACME3PL");
            assertThat(envelope.receiverId()).isEqualTo("SHOP01");
            assertThat(envelope.created()).as("converted to UTC").isEqualTo("2024-05-16T16:04:11");
        }
    }

    @Test
    void resumesAfterTheSavedPosition() throws Exception {
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                XmlSamples.sample("shipments-valid-two-orders.xml"))) {
            assertThat(reader.skip(1)).isEqualTo(1);
            assertThat(reader.position()).isEqualTo(1);
            assertThat(reader.next().orderNumber()).isEqualTo("WC-10022");
            assertThat(reader.position()).isEqualTo(2);
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void schemaErrorsAreListedWithLineAndColumnAndNoItemOfTheBrokenShipmentIsHandedOut() throws Exception {
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                XmlSamples.sample("shipments-broken-sscc-and-quantity.xml"))) {
            EdiException e = catchThrowableOfType(EdiException.class, reader::next);
            assertThat(e.errors()).extracting(EdiError::code).containsOnly("XML_INVALID");
            assertThat(e.errors()).extracting(EdiError::line).containsOnly(15, 20);
            assertThat(e.errors()).allSatisfy(error -> assertThat(error.column()).isPositive());
            assertThat(e.getMessage()).contains("Rejected warehouse XML ShipmentConfirmations file")
                    .contains("line 15").contains("Sscc").contains("00312345000000001")
                    .contains("line 20").contains("two");
            assertThatThrownBy(reader::next).isSameAs(e);
        }
    }

    @Test
    void aFileCutOffIsNotWellFormedAtItsEnd() throws Exception {
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                XmlSamples.sample("shipments-broken-not-well-formed.xml"))) {
            assertThat(reader.next().orderNumber()).as("the complete first shipment").isEqualTo("WC-10024");
            EdiException e = catchThrowableOfType(EdiException.class, reader::next);
            assertThat(e.errors()).extracting(EdiError::code).contains("XML_NOT_WELL_FORMED");
            assertThat(e.errors().get(e.errors().size() - 1).line()).isGreaterThanOrEqualTo(19);
        }
    }

    @Test
    void anotherDocumentIsTheWrongDocument() throws Exception {
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                XmlSamples.sample("inventory-valid.xml"))) {
            EdiException e = catchThrowableOfType(EdiException.class, reader::next);
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("WRONG_DOCUMENT");
                assertThat(error.line()).isEqualTo(2);
                assertThat(error.message()).contains("This is a InventorySnapshot file")
                        .contains("<ShipmentConfirmations xmlns=\"urn:cartbridge:warehouse:1\">");
            });
        }
    }

    @Test
    void aForeignRootIsTheWrongDocument() {
        String xml = "<ShipConfirms><ShipConfirm/></ShipConfirms>";
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> XmlShipmentConfirmationReader.open(XmlSamples.stream(xml)).next());
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("WRONG_DOCUMENT");
        assertThat(e.getMessage()).contains("<ShipConfirms> is in namespace ''");
    }

    @Test
    void anEmptyFileIsNotWellFormed() {
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> XmlShipmentConfirmationReader.open(XmlSamples.stream("")).next());
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_NOT_WELL_FORMED");
    }

    static List<ShipmentConfirmation> readAll(String sample) throws Exception {
        List<ShipmentConfirmation> all = new ArrayList<>();
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(XmlSamples.sample(sample))) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                all.add(s);
            }
        }
        return all;
    }
}
