package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlWarehouseOrderWriterTests {

    @Test
    void writesTheSampleFileByteForByte() throws Exception {
        String xml = XmlSamples.write(List.of(XmlSamples.domestic(), XmlSamples.international()));
        assertThat(xml).isEqualTo(Files.readString(XmlSamples.SAMPLES.resolve("orders-valid.xml")));
        assertThat(xml).contains("<Name>Zoë Müller &lt;Z&amp;M&gt;</Name>")
                .contains("<OrderDate>2024-05-14T09:30:00Z</OrderDate>")
                .contains("<ItemId kind=\"SellerSku\">MUG-BLU-12</ItemId>")
                .contains("<ItemId kind=\"Gtin\">012345678905</ItemId>");
    }

    @Test
    void readsTheSampleFileBackIntoTheSameOrders() throws Exception {
        XmlOrderFile file = new XmlWarehouseOrderReader().read(XmlSamples.sample("orders-valid.xml"));
        assertThat(file.orders()).containsExactly(XmlSamples.domestic(), XmlSamples.international());
        assertThat(file.envelope()).isEqualTo(new XmlEnvelope(XmlDocumentKind.WAREHOUSE_ORDERS, "1.0", "42", "SHOP01",
                "ACME3PL", XmlSamples.CREATED, false));
    }

    @Test
    void linesCarryTheSkuUnderThePartnersItemKind() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlWarehouseOrderWriter(new XmlSettings("SHOP01", "ACME3PL", true, "VN"))
                .write(out, 7, XmlSamples.CREATED, List.of(XmlSamples.domestic()));
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<ItemId kind=\"WarehouseItem\">MUG-BLU-12</ItemId>").contains("<Test>true</Test>");
        assertThat(new XmlWarehouseOrderReader().read(XmlSamples.stream(xml)).orders()).containsExactly(XmlSamples.domestic());
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() {
        WarehouseOrder o = XmlSamples.domestic();
        WarehouseOrder dirty = new WarehouseOrder(o.orderNumber(), o.cartOrderId(), o.orderDate(), o.shipTo(),
                o.shippingMethod(), o.carrierCode(), o.serviceLevel(), "bell\u0007 and \uD800 gone\uFFFE, \uD83D\uDE00 kept", o.lines());
        String xml = XmlSamples.write(List.of(dirty));
        assertThat(xml).contains("<CustomerNote>bell and  gone, &#128512; kept</CustomerNote>");
        assertThat(new XmlWarehouseOrderReader().read(XmlSamples.stream(xml)).orders().get(0).customerNote())
                .isEqualTo("bell and  gone, \uD83D\uDE00 kept");
    }

    @Test
    void everyOrderTheXsdRefusesIsNamed() {
        Address nowhere = new Address("Jane Doe", null, "123 Main St", null, "Springfield", null, null, "usa",
                null, null);
        WarehouseOrder badCountry = new WarehouseOrder("WC-1", null, null, nowhere, null, null, null, null,
                List.of(new OrderLine(1, "MUG", null, null, 1, "EA")));
        WarehouseOrder noItem = new WarehouseOrder("WC-2", null, LocalDateTime.of(2024, 1, 1, 0, 0),
                XmlSamples.domestic().shipTo(), null, null, null, null,
                List.of(new OrderLine(1, null, null, "no sku", 0, "EA")));
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> XmlSamples.write(List.of(XmlSamples.domestic(), badCountry, noItem)));
        assertThat(e.errors()).extracting(EdiError::code).containsOnly("XML_INVALID");
        assertThat(e.errors()).extracting(EdiError::message)
                .anySatisfy(m -> assertThat(m).startsWith("Order WC-1:").contains("usa"))
                .anySatisfy(m -> assertThat(m).startsWith("Order WC-2:").contains("ItemId"))
                .anySatisfy(m -> assertThat(m).startsWith("Order WC-2:").contains("'0'"))
                .noneSatisfy(m -> assertThat(m).contains("WC-10021"));
    }

    @Test
    void aBrokenOrderFileIsRejectedWithPositions() throws Exception {
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> new XmlWarehouseOrderReader().read(XmlSamples.sample("orders-broken-missing-ship-to-city.xml")));
        assertThat(e.errors()).extracting(EdiError::line).containsOnly(15, 20);
        assertThat(e.getMessage()).contains("City").contains("line 20");
    }
}
