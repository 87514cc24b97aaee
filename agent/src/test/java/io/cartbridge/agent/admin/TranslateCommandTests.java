package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code translate FILE}: canonical documents as JSON, values checked; invalid files print errors only. */
class TranslateCommandTests {

    static final String X12 = "../sample-data/edi/x12/";
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shipmentAdviceGivesOneConfirmationPerOrderWithTrackingNumbers() throws Exception {
        JsonNode json = translate("945-valid-two-packages.edi");

        assertThat(json.get("format").asText()).isEqualTo("X12");
        JsonNode doc = json.get("documents").get(0);
        assertThat(doc.get("type").asText()).isEqualTo("ShipmentConfirmation");
        assertThat(doc.get("orderNumber").asText()).isEqualTo("WC-10021");
        assertThat(doc.get("shipmentId").asText()).isEqualTo("SHP-88001");
        assertThat(doc.get("shipDate").asText()).isEqualTo("2024-05-16");
        assertThat(doc.get("carrier").asText()).isEqualTo("UPSN");
        assertThat(doc.get("trackingNumbers")).extracting(JsonNode::asText)
                .containsExactly("1Z999AA10123456784", "1Z999AA10123456791");
        JsonNode line = doc.get("lines").get(0);
        assertThat(line.get("sku").asText()).isEqualTo("MUG-BLU-12");
        assertThat(line.get("upc").asText()).isEqualTo("012345678905");
        assertThat(line.get("quantityShipped").isIntegralNumber()).isTrue();
        assertThat(line.get("quantityShipped").asInt()).isEqualTo(2);
        assertThat(line.get("itemIds").toString()).isEqualTo("{\"UP\":\"012345678905\",\"SK\":\"MUG-BLU-12\"}");
        assertThat(doc.get("parties").get(0).get("address").get("city").asText()).isEqualTo("Portland");
        assertThat(doc.get("references").toString()).isEqualTo("{\"CO\":\"WC-10021\"}");
        assertThat(doc.get("totals").get("weight").decimalValue()).isEqualByComparingTo("4.2");
    }

    @Test
    void shipmentKeysComeFirstAsBeforeThenPartiesReferencesTotalsAndUnitLoads() throws Exception {
        JsonNode doc = translate("945-valid-parties-totals.edi").get("documents").get(0);

        assertThat(doc.fieldNames()).toIterable().containsExactly("type", "orderNumber", "shipmentId", "shipDate",
                "carrier", "serviceLevel", "trackingNumbers", "lines", "parties", "references", "totals", "unitLoads",
                "neutralReferences");
    }

    @Test
    void shipmentReferencesAreInTheJsonInNeutralTermsToo() throws Exception {
        JsonNode doc = translate("945-valid-parties-totals.edi").get("documents").get(0);

        assertThat(doc.get("references").toString()).isEqualTo("{\"BM\":\"BOL-77061\",\"CN\":\"PRO-5550061\",\"PO\":\"PO-2024-0061\"}");
        assertThat(doc.get("neutralReferences")).extracting(r -> r.get("kind").asText() + " " + r.get("code").asText()
                + " " + r.get("value").asText()).containsExactly("order-number W06-02 WC-10061",
                "shipment-number W06-04 SHP-88061", "bill-of-lading BM BOL-77061", "carrier-reference CN PRO-5550061",
                "purchase-order PO PO-2024-0061");
    }

    @Test
    void shipmentAdvicePartiesReferencesTotalsAndUnitLoadsAreInTheJson() throws Exception {
        JsonNode doc = translate("945-valid-parties-totals.edi").get("documents").get(0);

        assertThat(doc.get("orderNumber").asText()).isEqualTo("WC-10061");
        JsonNode parties = doc.get("parties");
        assertThat(parties).extracting(p -> p.get("entityCode").asText()).containsExactly("ST", "SF", "WH");
        assertThat(parties.get(0).get("name").asText()).isEqualTo("Maria Lopez");
        assertThat(parties.get(0).get("address").toString()).isEqualTo("{\"name\":\"Maria Lopez\","
                + "\"company\":\"Lopez Ceramics LLC\",\"line1\":\"400 Market Street\",\"line2\":\"Suite 12\","
                + "\"city\":\"Austin\",\"state\":\"TX\",\"postalCode\":\"78701\",\"country\":\"US\","
                + "\"phone\":null,\"email\":null}");
        assertThat(parties.get(1).get("idQualifier").asText()).isEqualTo("1");
        assertThat(parties.get(1).get("id").asText()).isEqualTo("123456789");
        assertThat(parties.get(2).get("address").isNull()).isTrue();
        assertThat(doc.get("references").toString())
                .isEqualTo("{\"BM\":\"BOL-77061\",\"CN\":\"PRO-5550061\",\"PO\":\"PO-2024-0061\"}");
        JsonNode totals = doc.get("totals");
        assertThat(totals.get("units").isIntegralNumber()).isTrue();
        assertThat(totals.get("units").asInt()).isEqualTo(20);
        assertThat(totals.get("weight").decimalValue()).isEqualByComparingTo("310.5");
        assertThat(totals.get("weightUnit").asText()).isEqualTo("LB");
        assertThat(totals.get("volume").decimalValue()).isEqualByComparingTo("42.75");
        assertThat(totals.get("volumeUnit").asText()).isEqualTo("CF");
        assertThat(totals.get("ladingQuantity").asInt()).isEqualTo(2);
        assertThat(doc.get("unitLoads").toString()).isEqualTo("[{\"type\":\"01\",\"quantity\":1}]");
    }

    @Test
    void shipmentAdviceWithoutThemGivesEmptyPartiesReferencesUnitLoadsAndNullTotals() throws Exception {
        JsonNode doc = translate("945-valid-005010.edi").get("documents").get(0);

        assertThat(doc.get("parties")).isEmpty();
        assertThat(doc.get("references")).isEmpty();
        assertThat(doc.get("totals").isNull()).isTrue();
        assertThat(doc.get("unitLoads")).isEmpty();
    }

    @Test
    void twoInterchanges004010And005010GiveBothDocuments() throws Exception {
        JsonNode docs = translate("945-valid-two-interchanges.edi").get("documents");

        assertThat(docs).extracting(d -> d.get("orderNumber").asText()).containsExactly("WC-10022", "WC-10031");
        assertThat(docs.get(0).get("references").get("2I").asText()).isEqualTo("9400111899223197428490");
        assertThat(docs.get(1).get("carrier").asText()).isEqualTo("FDEG");
    }

    @Test
    void shipNoticeWithTwoOrdersGivesTwoConfirmations() throws Exception {
        JsonNode docs = translate("856-valid-sopi-two-orders.edi").get("documents");

        assertThat(docs).hasSize(2);
        assertThat(docs).extracting(d -> d.get("orderNumber").asText()).containsExactly("WC-10041", "WC-10042");
        assertThat(docs.get(0).get("shipmentId").asText()).isEqualTo("ASN-50001");
        assertThat(docs.get(0).get("trackingNumbers")).extracting(JsonNode::asText)
                .containsExactly("1Z999AA10000000103", "1Z999AA10000000110");
        assertThat(docs.get(1).get("references").toString()).isEqualTo("{\"BM\":\"BOL-90001\"}");
        assertThat(docs.get(1).get("totals").get("ladingQuantity").asInt()).isEqualTo(3);
    }

    @Test
    void shipNoticeOrdersCarryShipmentAndOrderReferencesPartiesAndTd1Totals() throws Exception {
        JsonNode docs = translate("856-valid-references-totals.edi").get("documents");

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("references").toString())
                .isEqualTo("{\"BM\":\"BOL-90005\",\"CN\":\"1Z999AA10000000505\",\"PO\":\"PO-7781\"}");
        assertThat(docs.get(1).get("references").toString())
                .isEqualTo("{\"BM\":\"BOL-90005-2\",\"CN\":\"1Z999AA10000000505\",\"PO\":\"PO-7782\"}");
        assertThat(docs.get(0).get("parties")).extracting(p -> p.get("entityCode").asText() + " " + p.get("name").asText())
                .containsExactly("SF ACME Fulfilment East", "ST Tom Baker");
        assertThat(docs.get(0).get("parties").get(1).get("address").get("phone").asText()).isEqualTo("5415550142");
        assertThat(docs.get(1).get("parties").get(1).get("name").asText()).isEqualTo("Ana Silva");
        JsonNode totals = docs.get(1).get("totals");
        assertThat(totals.get("units").isNull()).isTrue();
        assertThat(totals.get("ladingQuantity").asInt()).isEqualTo(4);
        assertThat(totals.get("weight").decimalValue()).isEqualByComparingTo("22.8");
        assertThat(totals.get("weightUnit").asText()).isEqualTo("LB");
        assertThat(totals.get("volume").decimalValue()).isEqualByComparingTo("3.1");
        assertThat(totals.get("volumeUnit").asText()).isEqualTo("CF");
        assertThat(docs.get(0).get("trackingNumbers")).extracting(JsonNode::asText).containsExactly("1Z999AA10000000505");
        assertThat(docs.get(0).get("unitLoads")).isEmpty();
    }

    @Test
    void inventoryAdviceGivesASnapshotWithAvailableQuantities() throws Exception {
        JsonNode doc = translate("846-valid-available-onhand.edi").get("documents").get(0);

        assertThat(doc.get("type").asText()).isEqualTo("InventorySnapshot");
        assertThat(doc.get("asOf").asText()).isEqualTo("2024-05-20T06:00");
        JsonNode first = doc.get("items").get(0);
        assertThat(first.get("sku").asText()).isEqualTo("MUG-BLU-12");
        assertThat(first.get("quantity").asInt()).isEqualTo(120);
        assertThat(first.get("quantities").get("17").asInt()).isEqualTo(131);
        assertThat(doc.get("items").get(1).get("itemIds").get("VN").asText()).isEqualTo("WH-TEE-RM");
        assertThat(doc.get("items").get(1).get("quantity").asInt()).isZero();
    }

    @Test
    void inventoryItemKeysComeFirstAsBeforeThenTheNeutralIdsAndStock() throws Exception {
        JsonNode item = translate("846-valid-available-onhand.edi").get("documents").get(0).get("items").get(0);

        assertThat(item.fieldNames()).toIterable().containsExactly("sku", "upc", "vendorItem", "itemIds", "quantity",
                "quantities", "ids", "stock");
        assertThat(item.get("ids").get(0).toString()).isEqualTo("{\"kind\":\"seller-sku\",\"code\":\"SK\",\"value\":\"MUG-BLU-12\"}");
        assertThat(item.get("stock")).extracting(q -> q.get("kind").asText() + " " + q.get("code").asText() + " "
                + q.get("quantity").asInt()).containsExactly("available 33 120", "on-hand 17 131");
    }

    @Test
    void functionalAckGivesStatusFromAk9AndTheAcknowledgedType() throws Exception {
        JsonNode rejected = translate("997-valid-rejected.edi").get("documents").get(0);
        assertThat(rejected.get("type").asText()).isEqualTo("FunctionalAck");
        assertThat(rejected.get("groupControlNumber").asText()).isEqualTo("2002");
        assertThat(rejected.get("acknowledgedType").asText()).isEqualTo("940");
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");

        out.reset();
        JsonNode accepted = translate("997-valid-accepted.edi").get("documents").get(0);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");

        out.reset();
        JsonNode group = translate("997-valid-group-only.edi").get("documents").get(0);
        assertThat(group.get("groupControlNumber").asText()).isEqualTo("1021");
        assertThat(group.get("acknowledgedType").asText()).as("from AK1-01 OW when there is no AK2").isEqualTo("940");
        assertThat(group.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(group.get("transactions")).isEmpty();
    }

    @Test
    void warehouseOrdersAreTranslatedToo() throws Exception {
        JsonNode docs = translate("940-valid-004010.edi").get("documents");

        assertThat(docs).extracting(d -> d.get("type").asText()).containsOnly("WarehouseOrder");
        assertThat(docs.get(0).get("orderNumber").asText()).isEqualTo("WC-10021");
        assertThat(docs.get(0).get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"x12,X12", "edifact,EDIFACT", "xml,XML"})
    void aShipAdviceRenderedInEveryFormatTranslatesBackToTheSameValues(String to, String label) throws Exception {
        JsonNode doc = renderedAndTranslated("945-valid-two-packages.edi", to);

        assertThat(json.get("format").asText()).isEqualTo(label);
        assertThat(doc.get("orderNumber").asText()).isEqualTo("WC-10021");
        assertThat(doc.get("shipmentId").asText()).isEqualTo("SHP-88001");
        assertThat(doc.get("carrier").asText()).isEqualTo("UPSN");
        assertThat(doc.get("trackingNumbers")).extracting(JsonNode::asText)
                .containsExactly("1Z999AA10123456784", "1Z999AA10123456791");
        assertThat(doc.get("lines").get(0).get("sku").asText()).isEqualTo("MUG-BLU-12");
        assertThat(doc.get("lines").get(0).get("quantityShipped").asInt()).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"x12", "edifact", "xml"})
    void aStockSnapshotRenderedInEveryFormatKeepsItsKindsOfIdsAndQuantities(String to) throws Exception {
        JsonNode doc = renderedAndTranslated("846-valid-available-onhand.edi", to);

        assertThat(doc.get("asOf").asText()).isEqualTo("2024-05-20T06:00");
        JsonNode first = doc.get("items").get(0);
        assertThat(first.get("sku").asText()).isEqualTo("MUG-BLU-12");
        assertThat(first.get("quantity").asInt()).as("available, under the format's own code").isEqualTo(120);
        assertThat(first.get("stock")).extracting(q -> q.get("kind").asText() + " " + q.get("quantity").asInt())
                .containsExactly("available 120", "on-hand 131");
        assertThat(first.get("ids")).extracting(i -> i.get("kind").asText()).contains("seller-sku");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"x12,940", "xml,WarehouseOrders"})
    void anAcknowledgmentRenderedInAnotherFormatNamesTheAcknowledgedDocumentInItsTerms(String to, String type) throws Exception {
        JsonNode doc = renderedAndTranslated("997-valid-rejected.edi", to);

        assertThat(doc.get("groupControlNumber").asText()).isEqualTo("2002");
        assertThat(doc.get("acknowledgedType").asText()).isEqualTo(type);
        assertThat(doc.get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void a997RenderedAsContrlKeepsTheAcknowledgedReferenceStatusesAndErrorsWithTheirPositions() throws Exception {
        JsonNode doc = renderedAndTranslated("997-valid-rejected.edi", "edifact");

        assertThat(json.get("format").asText()).isEqualTo("EDIFACT");
        assertThat(doc.get("groupControlNumber").asText()).isEqualTo("2002");
        assertThat(doc.get("acknowledgedType").asText()).isEqualTo("ORDERS");
        assertThat(doc.get("status").asText()).isEqualTo("REJECTED");
        JsonNode first = doc.get("transactions").get(0);
        assertThat(first.get("transactionSetId").asText()).isEqualTo("ORDERS");
        assertThat(first.get("controlNumber").asText()).isEqualTo("0001");
        assertThat(first.get("status").asText()).isEqualTo("REJECTED");
        assertThat(first.get("errors")).extracting(JsonNode::asText).containsExactly(
                "Message: unspecified error (18)",
                "Segment at position 2: unspecified error (18)",
                "Element 2 of the segment at position 2: missing (13)",
                "Segment at position 7: unspecified error (18)",
                "Element 4 of the segment at position 7: data element too long (39)");
        JsonNode second = doc.get("transactions").get(1);
        assertThat(second.get("controlNumber").asText()).isEqualTo("0002");
        assertThat(second.get("errors")).extracting(JsonNode::asText).containsExactly(
                "Message: control count does not match number of instances received (29) in segment UNT");
    }

    @Test
    void aContrlRenderedAsContrlAgainReadsTheSame() throws Exception {
        JsonNode doc = renderedAndTranslated("../../edifact/contrl-rejected.edi", "edifact");

        assertThat(doc.get("groupControlNumber").asText()).isEqualTo("43");
        assertThat(doc.get("status").asText()).isEqualTo("REJECTED");
        assertThat(doc.get("transactions")).extracting(t -> t.get("controlNumber").asText() + " " + t.get("status").asText())
                .containsExactly("1 ACCEPTED", "2 REJECTED");
        assertThat(doc.get("transactions").get(1).get("errors")).extracting(JsonNode::asText).containsExactly(
                "Message: control count does not match number of instances received (29) in segment UNT",
                "Element 2 component 1 of the segment at position 7: invalid value (12)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"x12,940,PARTIAL", "edifact,ORDERS,PARTIAL", "xml,WarehouseOrders,PARTIAL"})
    void anXmlAcknowledgmentRendersInEveryFormat(String to, String type, String status) throws Exception {
        JsonNode doc = renderedAndTranslated("../../xml/ack-valid-rejected.xml", to);

        assertThat(doc.get("groupControlNumber").asText()).isEqualTo("42");
        assertThat(doc.get("acknowledgedType").asText()).isEqualTo(type);
        assertThat(doc.get("status").asText()).as("CONTRL: accepted with a rejected message")
                .isEqualTo(status);
        if (to.equals("x12")) {
            assertThat(doc.get("transactions")).as("an order number is no transaction set control number (AK2-02)")
                    .isEmpty();
        } else {
            assertThat(doc.get("transactions")).extracting(t -> t.get("controlNumber").asText() + " " + t.get("status").asText())
                    .containsExactly("WC-10021 ACCEPTED", "WC-10022 REJECTED");
        }
        assertThat(json.get("documents").get(1).get("groupControlNumber").asText()).isEqualTo("41");
        assertThat(json.get("documents").get(1).get("status").asText()).isEqualTo("REJECTED");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"x12,940,0001,0002", "xml,WarehouseOrders,1,2"})
    void aContrlRendersAsA997AndAnXmlAcknowledgment(String to, String type, String first, String second) throws Exception {
        JsonNode doc = renderedAndTranslated("../../edifact/contrl-rejected.edi", to);

        assertThat(doc.get("groupControlNumber").asText()).isEqualTo("43");
        assertThat(doc.get("acknowledgedType").asText()).isEqualTo(type);
        assertThat(doc.get("status").asText()).isEqualTo("REJECTED");
        assertThat(doc.get("transactions")).extracting(t -> t.get("controlNumber").asText() + " " + t.get("status").asText())
                .containsExactly(first + " ACCEPTED", second + " REJECTED");
    }

    JsonNode json;

    /** The sample rendered in {@code to}, that file translated to JSON: its first document. */
    private JsonNode renderedAndTranslated(String sample, String to) throws Exception {
        int exit = cli("translate", X12 + sample, "--to", to);
        assertThat(exit).as(this::stderr).isZero();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("rendered", "." + to);
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            out.reset();
            int again = cli("translate", file.toString());
            assertThat(again).as(() -> stderr() + new String(uncheckedRead(file), StandardCharsets.UTF_8)).isZero();
            json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            return json.get("documents").get(0);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static byte[] uncheckedRead(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    @Test
    void invalidOrUnsupportedFilesPrintErrorsOnStderrAndNothingOnStdout() {
        assertThat(cli("translate", X12 + "945-broken-se-count.edi")).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(stderr()).contains("INVALID").contains("segment 19 (SE): SE_COUNT");

        err.reset();
        assertThat(cli("translate", X12 + "997-broken-se-count.edi")).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(stderr()).contains("segment 10 (SE): SE_COUNT: SE01 gives 7 segments but transaction set 0001 has 8");

        err.reset();
        assertThat(cli("translate", X12 + "x12-unsupported-810.edi")).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(stderr()).contains("UNSUPPORTED_TRANSACTION");

        err.reset();
        assertThat(cli("translate", X12 + "not-x12.txt")).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(stderr()).contains("UNKNOWN_FORMAT");

        assertThat(cli("translate")).isEqualTo(2);
    }

    private JsonNode translate(String sample) throws Exception {
        int exit = cli("translate", X12 + sample);
        assertThat(exit).as(this::stderr).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
