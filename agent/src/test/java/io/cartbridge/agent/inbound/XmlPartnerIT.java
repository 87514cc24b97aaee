package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.xml.XmlWarehouseOrderReader;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A partner switched to {@code format=xml} runs the same jobs: a warehouse XML order file out, the warehouse's shipment
 * confirmations and acknowledgment in, an acknowledgment back, the shipment applied and the order file accepted.
 */
class XmlPartnerIT {

    static final Address BUYER = new Address("Jane O'Doe", null, "Hauptstraße 12", null, "München", null, "80331", "DE",
            "555-0101", "jane@example.com");
    static final String TRACKING_META = "_wc_shipment_tracking_items";
    static final String OURS = "SHOP01";
    static final String THEIRS = "ACME3PL";
    static final Path ACME = Path.of("..", "sample-data", "xml", "acme-3pl");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "MUG-BLU-12", null).product(11, "TEE-BLK-M", null)
                .order(1001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "Mug"), Line.of(11, 1, "Tee")))
                .order(1002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "Mug")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void ordersGoOutAsXmlAndTheConfirmationsAndAcknowledgmentComeBack() throws IOException {
        Map<String, Object> xml = Map.of(
                "cartbridge.warehouse.format", "xml",
                "cartbridge.warehouse.xml.sender-id", OURS,
                "cartbridge.warehouse.xml.receiver-id", THEIRS,
                "cartbridge.warehouse.sftp.min-file-age", "0s");
        try (ConfigurableApplicationContext context = agent.start(xml)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                    .containsExactly("acme3pl-WarehouseOrders-000000001.xml");
            try (InputStream in = Files.newInputStream(agent.inboundFiles().get(0))) {
                var file = new XmlWarehouseOrderReader().read(in);
                assertThat(file.orders()).extracting(WarehouseOrder::orderNumber).containsExactly("1001", "1002");
                assertThat(file.envelope().senderId()).isEqualTo(OURS);
                assertThat(file.envelope().receiverId()).isEqualTo(THEIRS);
                assertThat(file.envelope().controlNumber()).isEqualTo("1");
                assertThat(file.orders().get(0).shipTo().line1()).isEqualTo("Hauptstraße 12");
            }
            assertThat(agent.store().notes(1001)).singleElement().asString()
                    .contains("XML WarehouseOrders in file acme3pl-WarehouseOrders-000000001.xml");

            warehouseSends("ship-1001.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ShipmentConfirmations xmlns="urn:cartbridge:warehouse:1" version="1.0">
                      <Header><ControlNumber>SC-1</ControlNumber><Sender>%s</Sender><Receiver>%s</Receiver>
                        <Created>2026-11-26T18:04:11Z</Created></Header>
                      <Shipment>
                        <ShipmentId>SHP-1001</ShipmentId><OrderNumber>1001</OrderNumber><ShipDate>2026-11-26</ShipDate>
                        <Carrier>UPSN</Carrier><Service>GND</Service>
                        <Package><TrackingNumber>1Z999AA10123456784</TrackingNumber></Package>
                        <Line><LineNumber>1</LineNumber><ItemId kind="SellerSku">MUG-BLU-12</ItemId>
                          <QuantityOrdered>2</QuantityOrdered><QuantityShipped>2</QuantityShipped><Status>Shipped</Status></Line>
                        <Line><LineNumber>2</LineNumber><ItemId kind="SellerSku">TEE-BLK-M</ItemId>
                          <QuantityOrdered>1</QuantityOrdered><QuantityShipped>1</QuantityShipped><Status>Shipped</Status></Line>
                      </Shipment>
                    </ShipmentConfirmations>
                    """.formatted(THEIRS, OURS));
            warehouseSends("ack-1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Acknowledgment xmlns="urn:cartbridge:warehouse:1" version="1.0">
                      <Header><ControlNumber>ACK-1</ControlNumber><Sender>%s</Sender><Receiver>%s</Receiver>
                        <Created>2026-11-26T06:09:30Z</Created></Header>
                      <FileAck><ControlNumber>1</ControlNumber><DocumentKind>WarehouseOrders</DocumentKind>
                        <Status>Accepted</Status></FileAck>
                    </Acknowledgment>
                    """.formatted(THEIRS, OURS));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForList("SELECT remote_name, format, document_type, state FROM cb_inbound_file "
                    + "ORDER BY remote_name")).extracting(r -> r.get("remote_name") + " " + r.get("format") + " "
                    + r.get("document_type") + " " + r.get("state")).containsExactly(
                            "ack-1.xml XML Acknowledgment APPLIED", "ship-1001.xml XML ShipmentConfirmations APPLIED");
            assertThat(agent.ledger().queryForObject("SELECT state FROM cb_outbound_file WHERE document_type = 'WarehouseOrders'",
                    String.class)).isEqualTo("ACCEPTED");
            assertThat(agent.store().hposMeta(1001, TRACKING_META)).contains("1Z999AA10123456784");
            assertThat(agent.store().hposStatus(1001)).isEqualTo("wc-completed");
            assertThat(agent.store().hposStatus(1002)).isEqualTo("wc-processing");
            List<Path> acks = agent.inboundFiles().stream().filter(p -> p.getFileName().toString().contains("-Acknowledgment-")).toList();
            assertThat(acks).singleElement().satisfies(p -> assertThat(Files.readString(p, StandardCharsets.UTF_8))
                    .contains("<Sender>" + OURS + "</Sender>").contains("<ControlNumber>SC-1</ControlNumber>")
                    .contains("ShipmentConfirmations").contains("Accepted"));
        }
    }

    @Test
    void aPartnerWithStylesheetsGetsOrdersInItsLayoutAndItsConfirmationsAreApplied() throws IOException {
        Map<String, Object> acme = Map.of(
                "cartbridge.warehouse.format", "xml",
                "cartbridge.warehouse.xml.sender-id", OURS,
                "cartbridge.warehouse.xml.receiver-id", THEIRS,
                "cartbridge.warehouse.xml.outbound-stylesheet", ACME.resolve("orders-out.xsl").toAbsolutePath().toString(),
                "cartbridge.warehouse.xml.inbound-stylesheet", ACME.resolve("shipments-in.xsl").toAbsolutePath().toString(),
                "cartbridge.warehouse.sftp.min-file-age", "0s");
        try (ConfigurableApplicationContext context = agent.start(acme)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // the file on the server is in Acme's layout, not ours
            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                    .containsExactly("acme3pl-WarehouseOrders-000000001.xml");
            String uploaded = Files.readString(agent.inboundFiles().get(0), StandardCharsets.UTF_8);
            assertThat(uploaded).doesNotContain("urn:cartbridge:warehouse:1").contains("<Orders batch=\"1\" client=\"SHOP01\"")
                    .contains("<OrderNo>1001</OrderNo>").contains("<OrderNo>1002</OrderNo>")
                    .contains("<Address1>Hauptstraße 12</Address1>").contains("<Sku>MUG-BLU-12</Sku>")
                    .contains("<Qty uom=\"EA\">2</Qty>");
            assertThat(uploaded.split("<Order>", -1)).hasSize(3);

            // Acme's own ship confirmation: 1001 shipped in full (UPS, US date), 1002 with its one line backordered
            warehouseSends("acme-sc-1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ShipConfirms batchId="ACME-SC-9001" client="SHOP01" created="2026-11-26T18:00:00Z">
                      <ShipConfirm>
                        <ConfirmHeader><OrderNo>1001</OrderNo><ShipmentNo>ACME-778812</ShipmentNo>
                          <ShipDate>11/26/2026</ShipDate><Carrier>UPS</Carrier><Service>GND</Service></ConfirmHeader>
                        <Cartons><Carton><TrackingNo>1Z999AA10123456784</TrackingNo></Carton></Cartons>
                        <ConfirmLines>
                          <ConfirmLine lineNo="1"><Sku>MUG-BLU-12</Sku><QtyOrdered>2</QtyOrdered><QtyShipped>2</QtyShipped></ConfirmLine>
                          <ConfirmLine lineNo="2"><Sku>TEE-BLK-M</Sku><QtyOrdered>1</QtyOrdered><QtyShipped>1</QtyShipped></ConfirmLine>
                        </ConfirmLines>
                      </ShipConfirm>
                      <ShipConfirm>
                        <ConfirmHeader><OrderNo>1002</OrderNo><ShipmentNo>ACME-778813</ShipmentNo>
                          <ShipDate>11/27/2026</ShipDate><Carrier>DHL</Carrier><Service>EXPRESS</Service></ConfirmHeader>
                        <Cartons><Carton><TrackingNo>JD014600006281234567</TrackingNo></Carton></Cartons>
                        <ConfirmLines>
                          <ConfirmLine lineNo="1"><Sku>MUG-BLU-12</Sku><QtyOrdered>1</QtyOrdered><QtyShipped>0</QtyShipped>
                            <QtyBackordered>1</QtyBackordered></ConfirmLine>
                        </ConfirmLines>
                      </ShipConfirm>
                    </ShipConfirms>
                    """);
            // and a file that is not a ship confirmation, which the stylesheet refuses
            warehouseSends("acme-junk.xml", "<?xml version=\"1.0\"?><Inventory client=\"SHOP01\"/>");
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<Map<String, Object>> rows = agent.ledger().queryForList("SELECT remote_name, local_path, format, document_type,"
                    + " state, reason FROM cb_inbound_file ORDER BY remote_name");
            assertThat(rows).extracting(r -> r.get("remote_name") + " " + r.get("format") + " " + r.get("document_type") + " "
                    + r.get("state")).containsExactly("acme-junk.xml XML null REJECTED",
                    "acme-sc-1.xml XML ShipmentConfirmations RECEIVED");
            assertThat((String) rows.get(0).get("reason")).contains("XSLT_FAILED").contains("Not an Acme ship confirmation file");
            Path ours = Path.of((String) rows.get(1).get("local_path"));
            assertThat(ours.getFileName().toString()).endsWith("-acme-sc-1.xml.cartbridge.xml");
            assertThat(Files.readString(ours, StandardCharsets.UTF_8)).contains("urn:cartbridge:warehouse:1")
                    .contains("<Carrier>UPSN</Carrier>").contains("<ShipDate>2026-11-26</ShipDate>");
            Path original = ours.resolveSibling(ours.getFileName().toString().replace(".cartbridge.xml", ""));
            assertThat(Files.readString(original, StandardCharsets.UTF_8)).contains("<ShipConfirms batchId=\"ACME-SC-9001\"");

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForObject("SELECT state FROM cb_inbound_file WHERE remote_name = 'acme-sc-1.xml'",
                    String.class)).isEqualTo("APPLIED");
            assertThat(agent.store().hposMeta(1001, TRACKING_META)).contains("1Z999AA10123456784").contains("UPS");
            assertThat(agent.store().hposStatus(1001)).isEqualTo("wc-completed");
            // nothing of 1002 shipped: it stays open
            assertThat(agent.store().hposStatus(1002)).isEqualTo("wc-processing");
        }
    }

    @Test
    void aMissingOrBrokenStylesheetIsAConfigurationErrorNamingTheProperty() throws IOException {
        // checked when a job starts, before anything is read or sent
        Path broken = folder.resolve("broken.xsl");
        Files.writeString(broken, "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:template match=\"/\"><xsl:value-of select=\"((\"/></xsl:template></xsl:stylesheet>");
        Map<String, Object> base = Map.of(
                "cartbridge.warehouse.format", "xml",
                "cartbridge.warehouse.xml.sender-id", OURS,
                "cartbridge.warehouse.xml.receiver-id", THEIRS);
        Map<String, Object> missing = new java.util.HashMap<>(base);
        missing.put("cartbridge.warehouse.xml.outbound-stylesheet", folder.resolve("nowhere.xsl").toString());
        assertThatThrownBy(() -> runOrderExport(missing)).isInstanceOf(ConfigurationException.class).hasMessageContaining(
                "cartbridge.warehouse.xml.outbound-stylesheet: The XSLT stylesheet").hasMessageContaining("nowhere.xsl");
        Map<String, Object> wrong = new java.util.HashMap<>(base);
        wrong.put("cartbridge.warehouse.xml.inbound-stylesheet", broken.toString());
        assertThatThrownBy(() -> runOrderExport(wrong)).isInstanceOf(ConfigurationException.class).hasMessageContaining(
                "cartbridge.warehouse.xml.inbound-stylesheet: The XSLT stylesheet").hasMessageContaining("does not compile");
    }

    @Test
    void anInventorySnapshotSetsTheShopsStock() throws IOException {
        agent.store().stock(10, "yes", "5", "instock", "no").stock(11, "yes", "5", "instock", "no");
        try (ConfigurableApplicationContext context = agent.start(Map.of(
                "cartbridge.warehouse.format", "xml",
                "cartbridge.warehouse.xml.sender-id", OURS,
                "cartbridge.warehouse.xml.receiver-id", THEIRS,
                "cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            warehouseSends("stock-1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <InventorySnapshot xmlns="urn:cartbridge:warehouse:1" version="1.0">
                      <Header><ControlNumber>INV-1</ControlNumber><Sender>%s</Sender><Receiver>%s</Receiver>
                        <Created>2026-11-26T06:05:00Z</Created></Header>
                      <AsOf>2026-11-26T06:00:00Z</AsOf>
                      <Item><ItemId kind="SellerSku">MUG-BLU-12</ItemId><ItemId kind="Gtin">012345678905</ItemId>
                        <Quantity kind="Available">118</Quantity><Quantity kind="OnHand">125</Quantity></Item>
                      <Item><ItemId kind="SellerSku">TEE-BLK-M</ItemId>
                        <Quantity kind="Available">0</Quantity><Quantity kind="OnHand">4</Quantity></Item>
                      <Item><ItemId kind="SellerSku">NOT-IN-SHOP</ItemId><Quantity kind="Available">9</Quantity></Item>
                    </InventorySnapshot>
                    """.formatted(THEIRS, OURS));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForMap("SELECT format, document_type, state FROM cb_inbound_file"))
                    .containsEntry("format", "XML").containsEntry("document_type", "InventorySnapshot")
                    .containsEntry("state", "APPLIED");
            assertThat(meta(10, "_stock")).isEqualTo("118");
            assertThat(meta(11, "_stock")).isEqualTo("0");
            assertThat(meta(11, "_stock_status")).isEqualTo("outofstock");
        }
    }

    private String meta(long product, String key) {
        return agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = ?", String.class, product, key);
    }

    private void runOrderExport(Map<String, Object> settings) {
        try (ConfigurableApplicationContext context = agent.start(settings)) {
            context.getBean(AdminCommands.class).run("order-export");
        }
    }

    private void warehouseSends(String name, String content) throws IOException {
        Path out = agent.warehouse().root().resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
    }
}
