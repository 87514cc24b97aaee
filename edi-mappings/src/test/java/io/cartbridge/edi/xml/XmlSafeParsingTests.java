package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inbound XML is untrusted: no DOCTYPE, so no external entity and no entity expansion, rejected fast. */
class XmlSafeParsingTests {

    /** A billion laughs expanded takes minutes and gigabytes; refused, it takes milliseconds. */
    private static final Duration FAST = Duration.ofSeconds(5);

    @BeforeAll
    static void loadTheSchemaOnce() throws Exception {
        // compiling the XSD and the JAXB context happens once per JVM: not part of what is timed
        assertThat(XmlValidator.validate(XmlSamples.sample("inventory-valid.xml")).valid()).isTrue();
    }

    @Test
    void anExternalEntityIsRejectedBeforeAnythingIsRead() {
        EdiException e = assertTimeoutPreemptively(FAST, () -> catchThrowableOfType(EdiException.class,
                () -> XmlShipmentConfirmationReader.open(XmlSamples.sample("attack-xxe.xml")).next()));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("XML_FORBIDDEN_DTD");
            assertThat(error.line()).isBetween(2, 4);
            assertThat(error.message()).contains("DOCTYPE is not allowed");
        });
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void aBillionLaughsIsRejectedWithoutExpandingAnything() {
        EdiException e = assertTimeoutPreemptively(FAST, () -> catchThrowableOfType(EdiException.class,
                () -> XmlInventorySnapshotReader.open(XmlSamples.sample("attack-billion-laughs.xml")).next()));
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_FORBIDDEN_DTD");
    }

    @Test
    void anyDoctypeIsRejectedEvenWithoutEntities() {
        EdiException e = assertTimeoutPreemptively(FAST, () -> catchThrowableOfType(EdiException.class,
                () -> XmlAcknowledgmentReader.open(XmlSamples.sample("attack-doctype-external-dtd.xml")).next()));
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_FORBIDDEN_DTD");
        assertThat(e.getMessage()).contains("line 2");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ShipmentConfirmations SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/evil.dtd\">\n<ShipmentConfirmations/>";
            EdiException e = catchThrowableOfType(EdiException.class,
                    () -> XmlShipmentConfirmationReader.open(XmlSamples.stream(xml)).next());
            assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_FORBIDDEN_DTD");
            assertThatThrownBy(server::accept).as("nobody connected").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theOrderReaderAndTheValidatorRejectADoctypeToo() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE WarehouseOrders>\n<WarehouseOrders/>";
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> new XmlWarehouseOrderReader().read(XmlSamples.stream(xml)));
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_FORBIDDEN_DTD");
        assertThat(XmlValidator.validate(XmlSamples.stream(xml)).errors()).extracting(EdiError::code)
                .containsExactly("XML_FORBIDDEN_DTD");
    }

    @Test
    void aStylesheetRefusesADoctypeInTheDocumentItTransforms() {
        XmlStylesheet inbound = XmlStylesheet.load(XmlSamples.SAMPLES.resolve("acme-3pl/shipments-in.xsl"));
        EdiException e = assertTimeoutPreemptively(FAST, () -> catchThrowableOfType(EdiException.class,
                () -> inbound.transform(XmlSamples.sample("attack-billion-laughs.xml"), new ByteArrayOutputStream())));
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XML_FORBIDDEN_DTD");
    }
}
