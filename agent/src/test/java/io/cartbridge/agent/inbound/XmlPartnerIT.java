package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
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

    private void warehouseSends(String name, String content) throws IOException {
        Path out = agent.warehouse().root().resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
    }
}
