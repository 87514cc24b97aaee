package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A 3PL with its own layout, end to end: our orders → theirs, their answer → ours → canonical. */
class XmlStylesheetTests {

    private static final Path ACME = XmlSamples.SAMPLES.resolve("acme-3pl");

    @Test
    void ordersGoOutInTheirLayout() throws Exception {
        String ours = XmlSamples.write(List.of(XmlSamples.domestic(), XmlSamples.international()));
        ByteArrayOutputStream theirs = new ByteArrayOutputStream();
        XmlStylesheet.load(ACME.resolve("orders-out.xsl")).transform(XmlSamples.stream(ours), theirs,
                Map.of("client", "SHOP-0001"));

        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(theirs.toByteArray()));
        XPath x = XPathFactory.newDefaultInstance().newXPath();
        assertThat(x.evaluate("/Orders/@batch", doc)).isEqualTo("42");
        assertThat(x.evaluate("/Orders/@client", doc)).isEqualTo("SHOP-0001");
        assertThat(x.evaluate("count(/Orders/Order)", doc)).isEqualTo("2");
        assertThat(x.evaluate("/Orders/Order[1]/OrderHeader/OrderNo", doc)).isEqualTo("WC-10021");
        assertThat(x.evaluate("/Orders/Order[1]/OrderHeader/OrderDate", doc)).isEqualTo("2024-05-14");
        assertThat(x.evaluate("/Orders/Order[1]/OrderHeader/ShipVia/@carrier", doc)).isEqualTo("UPSN");
        assertThat(x.evaluate("/Orders/Order[1]/OrderLines/OrderLine[1]/Upc", doc)).isEqualTo("012345678905");
        assertThat(x.evaluate("/Orders/Order[1]/OrderLines/OrderLine[2]/Qty", doc)).isEqualTo("1");
        assertThat(x.evaluate("/Orders/Order[2]/OrderHeader/ShipTo/Name", doc)).isEqualTo("Zoë Müller <Z&M>");
        assertThat(x.evaluate("/Orders/Order[2]/OrderHeader/ShipTo/City", doc)).isEqualTo("Łódź");
        assertThat(x.evaluate("/Orders/Order[2]/OrderLines/OrderLine[2]/@lineNo", doc)).isEqualTo("7");
        assertThat(x.evaluate("/Orders/Order[2]/OrderLines/OrderLine[2]/Sku", doc)).isEqualTo("GIFT-BOX");
    }

    @Test
    void theirConfirmationsComeInAsOurCanonicalShipments(@TempDir Path dir) throws Exception {
        Path ours = dir.resolve("ours.xml");
        try (var in = Files.newInputStream(ACME.resolve("shipconfirm-sample.xml")); var out = Files.newOutputStream(ours)) {
            XmlStylesheet.load(ACME.resolve("shipments-in.xsl")).transform(in, out);
        }
        assertThat(XmlValidator.validate(Files.newInputStream(ours)).errors()).isEmpty();

        List<ShipmentConfirmation> shipments = new ArrayList<>();
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(Files.newInputStream(ours))) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                shipments.add(s);
            }
            assertThat(reader.envelope().controlNumber()).isEqualTo("ACME-SC-9001");
            assertThat(reader.envelope().senderId()).isEqualTo("ACME3PL");
            assertThat(reader.envelope().receiverId()).isEqualTo("SHOP01");
        }
        assertThat(shipments).extracting(ShipmentConfirmation::orderNumber).containsExactly("WC-10021", "WC-10022");

        ShipmentConfirmation first = shipments.get(0);
        assertThat(first.shipmentId()).isEqualTo("ACME-778812");
        assertThat(first.shipDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(first.carrierCode()).isEqualTo("UPSN");
        assertThat(first.packages()).containsExactly(new ShipmentPackage("1Z999AA10123456784", "003123450000000017"));
        assertThat(first.references()).containsEntry("BM", "BOL-55120");
        assertThat(first.lines()).extracting(ShippedLine::sku, ShippedLine::lineStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MUG-BLU-12", "CC"),
                        org.assertj.core.groups.Tuple.tuple("TEE-BLK-M", "BO"));
        assertThat(first.lines().get(1).quantityDifference()).isEqualByComparingTo("1");

        ShipmentConfirmation second = shipments.get(1);
        assertThat(second.carrierCode()).isEqualTo("DHLC");
        assertThat(second.serviceLevel()).isEqualTo("EXPRESS");
        assertThat(second.packages()).extracting(ShipmentPackage::trackingNumber)
                .containsExactly("JD014600006281234567", "JD014600006281234568");
        ShippedLine candle = second.lines().get(0);
        assertThat(candle.upc()).isEqualTo("4006381333931");
        assertThat(candle.quantityShipped()).isEqualByComparingTo("2");
        assertThat(candle.quantityDifference()).isEqualByComparingTo("1");
        assertThat(candle.lineStatus()).as("rest cancelled").isEqualTo("CP");
    }

    @Test
    void aStylesheetRefusesWhatIsNotItsPartnersDocument() {
        XmlStylesheet inbound = XmlStylesheet.load(ACME.resolve("shipments-in.xsl"));
        EdiException e = catchThrowableOfType(EdiException.class, () -> inbound.transform(
                new ByteArrayInputStream("<Orders/>".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream()));
        assertThat(e.errors()).singleElement().extracting(EdiError::code).isEqualTo("XSLT_FAILED");
        assertThat(e.getMessage()).contains("Not an Acme ship confirmation file");
    }

    @Test
    void aMissingOrBrokenStylesheetNamesTheFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> XmlStylesheet.load(dir.resolve("nope.xsl")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.xsl does not exist");
        Path broken = Files.writeString(dir.resolve("broken.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="/"><xsl:value-of select="(("/></xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> XmlStylesheet.load(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.xsl does not compile");
    }
}
