package io.cartbridge.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.Reference;
import io.cartbridge.edi.model.ReferenceKind;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A shipment confirmation's references in neutral terms: read by each format's reader with the code (or place) each
 * came from, and written by each writer under its own codes, so that they survive a change of format.
 */
class ShipmentReferencesTests {

    private static final Path SAMPLES = Path.of("../sample-data");

    @Test
    void a945GivesItsW06NumbersAndN9sWithTheirKinds() throws IOException {
        List<ShipmentConfirmation> read = read("edi/x12/945-valid-parties-totals.edi", "945");

        assertThat(read.get(0).neutralReferences()).containsExactly(
                new Reference(ReferenceKind.ORDER_NUMBER, "W06-02", "WC-10061"),
                new Reference(ReferenceKind.SHIPMENT_NUMBER, "W06-04", "SHP-88061"),
                new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-77061"),
                new Reference(ReferenceKind.CARRIER_REFERENCE, "CN", "PRO-5550061"),
                new Reference(ReferenceKind.PURCHASE_ORDER, "PO", "PO-2024-0061"));
        assertThat(read.get(0).references()).as("the raw map as before").containsExactly(Map.entry("BM", "BOL-77061"),
                Map.entry("CN", "PRO-5550061"), Map.entry("PO", "PO-2024-0061"));
    }

    @Test
    void an856GivesBsnPrfAndTheRefsOfBothLevels() throws IOException {
        List<ShipmentConfirmation> read = read("edi/x12/856-valid-references-totals.edi", "856");

        assertThat(read.get(0).neutralReferences()).containsExactly(
                new Reference(ReferenceKind.ORDER_NUMBER, "PRF-01", "WC-10071"),
                new Reference(ReferenceKind.SHIPMENT_NUMBER, "BSN-02", "ASN-50005"),
                new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-90005"),
                new Reference(ReferenceKind.CARRIER_REFERENCE, "CN", "1Z999AA10000000505"),
                new Reference(ReferenceKind.PURCHASE_ORDER, "PO", "PO-7781"));
        assertThat(read.get(1).neutralReferences()).contains(new Reference(ReferenceKind.ORDER_NUMBER, "PRF-01", "WC-10072"),
                new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-90005-2"),
                new Reference(ReferenceKind.PURCHASE_ORDER, "PO", "PO-7782"));
    }

    @Test
    void aDesadvGivesRffOnBgmAndItsRffs() throws IOException {
        List<ShipmentConfirmation> read = read("edifact/desadv-two-orders.edi", "DESADV");

        assertThat(read.get(0).neutralReferences()).containsExactly(
                new Reference(ReferenceKind.ORDER_NUMBER, "RFF+ON", "WC-10021"),
                new Reference(ReferenceKind.SHIPMENT_NUMBER, "BGM-1004", "SHP-88001"),
                new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-5512"));
        assertThat(read.get(1).neutralReferences()).startsWith(
                new Reference(ReferenceKind.ORDER_NUMBER, "RFF+ON", "WC-10022"));
    }

    @Test
    void anXmlShipmentGivesItsElementsAndReferenceTypes() throws IOException {
        List<ShipmentConfirmation> read = read("xml/shipments-valid-two-orders.xml", "ShipmentConfirmations");

        assertThat(read.get(0).neutralReferences()).containsExactly(
                new Reference(ReferenceKind.ORDER_NUMBER, "OrderNumber", "WC-10021"),
                new Reference(ReferenceKind.SHIPMENT_NUMBER, "ShipmentId", "SHP-77001"),
                new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-55120"));
    }

    /** Bill of lading, PRO number, invoice and a code no list knows, written in a format and read back. */
    @ParameterizedTest
    @ValueSource(strings = {"x12", "edifact", "xml"})
    void everyWriterWritesTheReferencesUnderItsCodesAndItsReaderGivesTheSameKindsBack(String name) throws IOException {
        WarehouseFormat format = WarehouseFormats.named(name);
        ShipmentConfirmation sent = new ShipmentConfirmation("WC-20001", "SHP-20001", LocalDate.of(2026, 11, 30), "UPSN",
                "GND", List.of(new ShipmentPackage("1Z999AA10123456784", null)),
                List.of(new ShippedLine("MUG-BLU-12", null, "SK", "MUG-BLU-12", BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ZERO, null)), List.of(), Map.of(), List.of(
                        new Reference(ReferenceKind.ORDER_NUMBER, "W06-02", "WC-20001"),
                        new Reference(ReferenceKind.SHIPMENT_NUMBER, "W06-04", "SHP-20001"),
                        new Reference(ReferenceKind.BILL_OF_LADING, "BM", "BOL-1"),
                        new Reference(ReferenceKind.CARRIER_REFERENCE, "CN", "PRO-2"),
                        new Reference(ReferenceKind.INVOICE, "IV", "INV-3"),
                        new Reference(ReferenceKind.OTHER, "ZZ", "MISC-4")),
                null, List.of(), "1", "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.shipmentWriter(new PartnerEnvelope("ZZ", "WH", "ZZ", "SHOP", false, Map.of()))
                .write(out, 7, LocalDateTime.of(2026, 11, 30, 12, 0), List.of(sent));

        String type = name.equals("x12") ? "945" : format.documentTypes(DocumentKind.SHIPMENT_CONFIRMATION).iterator().next();
        List<ShipmentConfirmation> back = all(format, type, new ByteArrayInputStream(out.toByteArray()));

        List<Reference> references = back.get(0).neutralReferences();
        assertThat(references.subList(0, 2)).extracting(Reference::kind, Reference::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReferenceKind.ORDER_NUMBER, "WC-20001"),
                org.assertj.core.groups.Tuple.tuple(ReferenceKind.SHIPMENT_NUMBER, "SHP-20001"));
        assertThat(references.subList(2, references.size())).extracting(Reference::kind, Reference::code, Reference::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReferenceKind.BILL_OF_LADING, "BM", "BOL-1"),
                        org.assertj.core.groups.Tuple.tuple(ReferenceKind.CARRIER_REFERENCE, "CN", "PRO-2"),
                        org.assertj.core.groups.Tuple.tuple(ReferenceKind.INVOICE, "IV", "INV-3"),
                        org.assertj.core.groups.Tuple.tuple(ReferenceKind.OTHER, "ZZ", "MISC-4"));
    }

    @Test
    void aConfirmationBuiltWithoutAFormatHasItsKeysAndItsQualifiedReferencesAsOther() {
        ShipmentConfirmation built = new ShipmentConfirmation("WC-1", "SHP-1", null, null, null, List.of(), List.of(),
                List.of(), Map.of("BM", "BOL-1"), null, List.of(), "1", "1");

        assertThat(built.neutralReferences()).containsExactly(new Reference(ReferenceKind.ORDER_NUMBER, null, "WC-1"),
                new Reference(ReferenceKind.SHIPMENT_NUMBER, null, "SHP-1"), new Reference(ReferenceKind.OTHER, "BM", "BOL-1"));
        assertThat(built.qualifiedReferences()).containsExactly(new Reference(ReferenceKind.OTHER, "BM", "BOL-1"));
    }

    private static List<ShipmentConfirmation> read(String sample, String type) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve(sample));
        WarehouseFormat format = WarehouseFormats.detect(bytes).orElseThrow();
        return all(format, type, new ByteArrayInputStream(bytes));
    }

    private static List<ShipmentConfirmation> all(WarehouseFormat format, String type, InputStream in) throws IOException {
        List<ShipmentConfirmation> all = new ArrayList<>();
        try (EdiItemReader<ShipmentConfirmation> reader = format.shipmentConfirmations(type, in)) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                all.add(s);
            }
        }
        return all;
    }
}
