package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlAcknowledgmentTests {

    @Test
    void readsEachAcknowledgedFileWithItsDocumentsAndReasons() throws Exception {
        List<FunctionalAck> acks = read(XmlSamples.sample("ack-valid-rejected.xml").readAllBytes());

        assertThat(acks).containsExactly(
                new FunctionalAck("ACME3PL", "ACK-4411", "WarehouseOrders", "42", "PARTIAL", List.of(
                        new TransactionAck("WarehouseOrders", "WC-10021", "ACCEPTED", List.of()),
                        new TransactionAck("WarehouseOrders", "WC-10022", "REJECTED", List.of(
                                "Item GIFT-BOX is not set up in this warehouse",
                                "Country PL is not served from this warehouse")))),
                new FunctionalAck("ACME3PL", "ACK-4411", "WarehouseOrders", "41", "REJECTED", List.of(
                        new TransactionAck("WarehouseOrders", null, "REJECTED",
                                List.of("line 3: the file has no Header")))));
    }

    @Test
    void aBrokenAcknowledgmentIsRejectedWithPositions() throws Exception {
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> read(XmlSamples.sample("ack-broken-unknown-status.xml").readAllBytes()));
        assertThat(e.errors()).extracting(EdiError::code).containsOnly("XML_INVALID");
        assertThat(e.errors()).extracting(EdiError::line).contains(12);
        assertThat(e.getMessage()).contains("OK").contains("DocumentKind");
    }

    @Test
    void theAcknowledgmentOfAReceivedFileRoundTrips() throws Exception {
        FunctionalAck rejected = XmlAcknowledgmentWriter.acknowledge(XmlDocumentKind.SHIPMENT_CONFIRMATIONS, "SC-000732",
                List.of(EdiError.at(15, 20, "Sscc", "XML_INVALID", "cvc-pattern-valid: '0031' is not 18 digits")));
        FunctionalAck accepted = XmlAcknowledgmentWriter.acknowledge(XmlDocumentKind.INVENTORY_SNAPSHOT, "INV-1", List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlAcknowledgmentWriter(XmlSamples.SETTINGS).write(out, 77, XmlSamples.CREATED, List.of(rejected, accepted));
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<Status>Rejected</Status>")
                .contains("<Reason>line 15, column 20 (Sscc) XML_INVALID: cvc-pattern-valid: '0031' is not 18 digits</Reason>");

        List<FunctionalAck> back = read(out.toByteArray());
        assertThat(back).containsExactly(
                new FunctionalAck("SHOP01", "77", "ShipmentConfirmations", "SC-000732", "REJECTED",
                        rejected.transactions()),
                new FunctionalAck("SHOP01", "77", "InventorySnapshot", "INV-1", "ACCEPTED", List.of()));
    }

    @Test
    void aFunctionalIdentifierThatIsNoDocumentKindCannotBeWritten() {
        FunctionalAck x12 = new FunctionalAck("S", "1", "OW", "5", "ACCEPTED", List.of());
        EdiException e = catchThrowableOfType(EdiException.class, () -> new XmlAcknowledgmentWriter(XmlSamples.SETTINGS)
                .write(new ByteArrayOutputStream(), 1, XmlSamples.CREATED, List.of(x12)));
        assertThat(e.getMessage()).contains("'OW' is not a warehouse XML document kind");
    }

    static List<FunctionalAck> read(byte[] xml) throws Exception {
        List<FunctionalAck> acks = new ArrayList<>();
        try (XmlAcknowledgmentReader reader = XmlAcknowledgmentReader.open(new java.io.ByteArrayInputStream(xml))) {
            for (FunctionalAck a = reader.next(); a != null; a = reader.next()) {
                acks.add(a);
            }
        }
        return acks;
    }
}
