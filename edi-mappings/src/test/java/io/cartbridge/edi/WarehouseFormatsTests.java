package io.cartbridge.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.edifact.EdifactOrdersReader;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.Test;

/** The format seam: formats by name and by first bytes, envelopes, kinds, and each format's files through it. */
class WarehouseFormatsTests {

    private static final Path X12 = Path.of("../sample-data/edi/x12");
    private static final Path EDIFACT = Path.of("../sample-data/edifact");
    private static final PartnerEnvelope ENVELOPE = new PartnerEnvelope("14", "4012345000009", "14", "4098765000002", false,
            Map.of());

    private static byte[] start(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    private static WarehouseOrder order(String number) {
        return new WarehouseOrder(number, "wc-" + number, LocalDateTime.of(2026, 11, 26, 9, 30),
                new Address("Zoë O'Brien + Co: ?", null, "1 Main St", null, "Springfield", "IL", "62701", "US", null, null),
                "flat_rate", "UPSN", "GND", null, List.of(new OrderLine(1, "MUG-BLU-12", null, "Mug, blue", 2, "EA")));
    }

    @Test
    void formatsAreFoundByNameAndByTheirFirstBytes() throws IOException {
        assertThat(WarehouseFormats.named("X12").name()).isEqualTo("x12");
        assertThat(WarehouseFormats.named("edifact").label()).isEqualTo("EDIFACT");
        assertThatThrownBy(() -> WarehouseFormats.named("csv")).hasMessage("no format 'csv'; formats: x12, edifact, xml");
        assertThat(WarehouseFormats.detect(start(X12.resolve("856-valid-man-sm-tracking.edi")))).map(WarehouseFormat::name)
                .contains("x12");
        assertThat(WarehouseFormats.detect(start(EDIFACT.resolve("desadv-two-orders.edi")))).map(WarehouseFormat::name)
                .contains("edifact");
        assertThat(WarehouseFormats.detect(start(EDIFACT.resolve("desadv-unoa-no-una.edi")))).map(WarehouseFormat::name)
                .contains("edifact");
        assertThat(WarehouseFormats.detect(start(Path.of("../sample-data/xml/shipments-valid-two-orders.xml"))))
                .map(WarehouseFormat::name).contains("xml");
        assertThat(WarehouseFormats.named("xml").envelope(start(Path.of("../sample-data/xml/shipments-valid-two-orders.xml"))))
                .isEqualTo(new Envelope(null, "ACME3PL", null, "SHOP01", "SC-000731"));
        assertThat(WarehouseFormats.detect("\uFEFF  hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(WarehouseFormats.documentTypes(DocumentKind.SHIPMENT_CONFIRMATION)).containsExactly("856", "945", "DESADV", "ShipmentConfirmations");
        assertThat(WarehouseFormats.kindOf("CONTRL")).isEqualTo(DocumentKind.ACKNOWLEDGMENT);
        assertThat(WarehouseFormats.kindOf("940")).isEqualTo(DocumentKind.ORDER);
    }

    @Test
    void eachFormatReadsItsEnvelope() throws IOException {
        assertThat(WarehouseFormats.named("edifact").envelope(start(EDIFACT.resolve("desadv-two-orders.edi"))))
                .isEqualTo(new Envelope("14", "4098765000002", "14", "4012345000009", "7001"));
        Envelope x12 = WarehouseFormats.named("x12").envelope(start(X12.resolve("856-valid-man-sm-tracking.edi")));
        assertThat(x12.senderId()).isNotBlank();
        assertThat(x12.controlReference()).matches("\\d{9}");
        assertThat(WarehouseFormats.named("edifact").envelope("UNB+UNOC".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Envelope.NONE);
    }

    @Test
    void anEdifactPartnerGetsOrdersAndContrlThroughTheSeam() throws IOException {
        WarehouseFormat edifact = WarehouseFormats.named("edifact");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarehouseFormat.OrderFileWriter writer = edifact.orderWriter(ENVELOPE, "SK");
        writer.write(out, 42, LocalDateTime.of(2026, 11, 26, 10, 0), List.of(order("1001"), order("1002")));

        String file = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(file).startsWith("UNA").contains("UNB+UNOC:3+4012345000009:14+4098765000002:14+").contains("+42'")
                .contains("UNH+1+ORDERS:D:96A:UN").contains("UNH+2+ORDERS:D:96A:UN").contains("UNZ+2+42'");
        assertThat(new EdifactOrdersReader().read(new ByteArrayInputStream(out.toByteArray())).orders())
                .extracting(WarehouseOrder::orderNumber).containsExactly("1001", "1002");
        assertThat(writer.documentControlNumber(1)).isEqualTo("2");
        assertThat(edifact.validate(new ByteArrayInputStream(out.toByteArray())).valid()).isTrue();

        List<Long> numbers = new ArrayList<>(List.of(7L));
        List<WarehouseFormat.Acknowledgment> acks = edifact.acknowledgmentWriter(ENVELOPE).acknowledge(
                EDIFACT.resolve("desadv-two-orders.edi"), List.of(), () -> numbers.remove(0), LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.controlNumber()).isEqualTo(7);
            assertThat(new String(ack.content(), StandardCharsets.ISO_8859_1)).contains("UNH+1+CONTRL").contains("UCI+7001+");
        });
    }

    @Test
    void receivedFilesOfEitherFormatGiveTheSameCanonicalShipments() throws IOException {
        List<String> orders = new ArrayList<>();
        try (InputStream in = Files.newInputStream(EDIFACT.resolve("desadv-two-orders.edi"));
             EdiItemReader<ShipmentConfirmation> reader = WarehouseFormats.named("edifact").shipmentConfirmations("DESADV", in)) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                orders.add(s.orderNumber());
            }
        }
        assertThat(orders).hasSize(2).allSatisfy(o -> assertThat(o).isNotBlank());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarehouseFormats.named("x12").orderWriter(new PartnerEnvelope("ZZ", "MYSHOP", "ZZ", "ACME", true, Map.of()), "SK")
                .write(out, 5, LocalDateTime.of(2026, 11, 26, 10, 0), List.of(order("1001")));
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("*T*>~");
        assertThat(new X12WarehouseOrderReader().read(new ByteArrayInputStream(out.toByteArray())).orders())
                .extracting(WarehouseOrder::orderNumber).containsExactly("1001");
    }
}
