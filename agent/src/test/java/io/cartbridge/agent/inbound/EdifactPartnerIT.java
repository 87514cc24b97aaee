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
import io.cartbridge.edi.edifact.EdifactOrdersReader;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A partner switched to {@code format=edifact} runs the same jobs: ORDERS out, the warehouse's DESADV and CONTRL in,
 * a CONTRL back for the DESADV, the shipment applied to WooCommerce and the ORDERS file marked accepted.
 */
class EdifactPartnerIT {

    static final Address BUYER = new Address("Jane O'Doe", null, "Hauptstraße 12", null, "München", null, "80331", "DE",
            "555-0101", "jane@example.com");
    static final String TRACKING_META = "_wc_shipment_tracking_items";
    static final String OURS = "4012345000009";
    static final String THEIRS = "4098765000002";

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
    void ordersGoOutAsOrdersAndTheDespatchAdviceAndControlComeBack() throws IOException {
        Map<String, Object> edifact = Map.of(
                "cartbridge.warehouse.format", "edifact",
                "cartbridge.warehouse.edifact.sender-id", OURS,
                "cartbridge.warehouse.edifact.sender-qualifier", "14",
                "cartbridge.warehouse.edifact.recipient-id", THEIRS,
                "cartbridge.warehouse.edifact.recipient-qualifier", "14",
                "cartbridge.warehouse.sftp.min-file-age", "0s");
        try (ConfigurableApplicationContext context = agent.start(edifact)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString()).containsExactly("acme3pl-ORDERS-000000001.edi");
            String sent = Files.readString(agent.inboundFiles().get(0), StandardCharsets.ISO_8859_1);
            assertThat(sent).contains("UNB+UNOC:3+" + OURS + ":14+" + THEIRS + ":14+").contains("UNH+1+ORDERS:D:96A:UN")
                    .contains("UNZ+2+1'");
            try (InputStream in = Files.newInputStream(agent.inboundFiles().get(0))) {
                assertThat(new EdifactOrdersReader().read(in).orders()).extracting(WarehouseOrder::orderNumber)
                        .containsExactly("1001", "1002");
            }
            assertThat(agent.store().notes(1001)).singleElement().asString()
                    .contains("EDIFACT ORDERS in file acme3pl-ORDERS-000000001.edi");

            warehouseSends("desadv-1001.edi", """
                    UNA:+.? '
                    UNB+UNOC:3+%s:14+%s:14+261126:1015+7001'
                    UNH+1+DESADV:D:96A:UN'
                    BGM+351+SHP-1001+9'
                    DTM+137:20261126:102'
                    RFF+ON:1001'
                    TDT+20++++DHL::182'
                    CPS+1'
                    PAC+1++CT'
                    GIN+BJ+340123450000000018'
                    RFF+CN:JJD000390007771'
                    LIN+1'
                    PIA+5+MUG-BLU-12:SA'
                    QTY+12:2'
                    LIN+2'
                    PIA+5+TEE-BLK-M:SA'
                    QTY+12:1'
                    UNT+16+1'
                    UNZ+1+7001'
                    """.formatted(THEIRS, OURS));
            warehouseSends("contrl-1.edi", """
                    UNA:+.? '
                    UNB+UNOC:3+%s:14+%s:14+261126:1016+7002'
                    UNH+1+CONTRL:D:3:UN'
                    UCI+1+%s:14+%s:14+7'
                    UCM+1+ORDERS:D:96A:UN+7'
                    UCM+2+ORDERS:D:96A:UN+7'
                    UNT+5+1'
                    UNZ+1+7002'
                    """.formatted(THEIRS, OURS, OURS, THEIRS));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForList("SELECT remote_name, format, document_type, state, reason FROM cb_inbound_file "
                    + "ORDER BY remote_name")).extracting(r -> r.get("remote_name") + " " + r.get("format") + " "
                    + r.get("document_type") + " " + r.get("state")).containsExactly(
                            "contrl-1.edi EDIFACT CONTRL APPLIED", "desadv-1001.edi EDIFACT DESADV APPLIED");
            assertThat(agent.ledger().queryForObject("SELECT state FROM cb_outbound_file WHERE document_type = 'ORDERS'",
                    String.class)).isEqualTo("ACCEPTED");
            assertThat(agent.store().hposMeta(1001, TRACKING_META)).contains("JJD000390007771");
            assertThat(agent.store().hposStatus(1001)).isEqualTo("wc-completed");
            assertThat(agent.store().hposStatus(1002)).isEqualTo("wc-processing");
            // the DESADV is answered with a CONTRL from our id; the CONTRL itself is not answered
            List<Path> controls = agent.inboundFiles().stream().filter(p -> p.getFileName().toString().contains("-CONTRL-")).toList();
            assertThat(controls).singleElement().satisfies(p -> assertThat(Files.readString(p, StandardCharsets.ISO_8859_1))
                    .contains("UNB+UNOC:3+" + OURS + ":14+" + THEIRS + ":14+").contains("UCI+7001+").contains("+7'"));
        }
    }

    @Test
    void anInventoryReportSetsTheShopsStock() throws IOException {
        agent.store().stock(10, "yes", "5", "instock", "no").stock(11, "yes", "5", "instock", "no");
        try (ConfigurableApplicationContext context = agent.start(settings())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            // the mug by its GTIN on the LIN and its SKU in a PIA, available 112 of 120 on hand; the tee only on hand
            warehouseSends("invrpt-1.edi", """
                    UNA:+.? '
                    UNB+UNOC:3+%s:14+%s:14+261126:2300+7100'
                    UNH+1+INVRPT:D:96A:UN:EAN008'
                    BGM+35+INV-2026-11-26+9'
                    DTM+137:20261126:102'
                    DTM+366:202611262200:203'
                    LIN+1++4006381333931:EN'
                    PIA+5+MUG-BLU-12:SA'
                    QTY+145:120'
                    QTY+198:112'
                    LIN+2'
                    PIA+5+TEE-BLK-M:SA'
                    QTY+145:3'
                    LIN+3'
                    PIA+5+NOT-IN-SHOP:SA'
                    QTY+198:9'
                    UNT+15+1'
                    UNZ+1+7100'
                    """.formatted(THEIRS, OURS));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForMap("SELECT format, document_type, state FROM cb_inbound_file"))
                    .containsEntry("format", "EDIFACT").containsEntry("document_type", "INVRPT").containsEntry("state", "APPLIED");
            assertThat(stock(10)).as("quantity available (198)").isEqualTo("112");
            assertThat(stock(11)).as("no quantity available: the actual stock (145)").isEqualTo("3");
            assertThat(stockStatus(11)).isEqualTo("instock");
        }
    }

    /** One folder, files of two formats: each is read by what it is, whatever the partner's format for sending. */
    @Test
    void aFolderHoldingAnEdifactAndAnX12FileReadsEachByWhatItIs() throws IOException {
        try (ConfigurableApplicationContext context = agent.start(settings())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseSends("desadv-1001.edi", """
                    UNA:+.? '
                    UNB+UNOC:3+%s:14+%s:14+261126:1015+7011'
                    UNH+1+DESADV:D:96A:UN'
                    BGM+351+SHP-1001+9'
                    DTM+137:20261126:102'
                    RFF+ON:1001'
                    CPS+1'
                    PAC+1++CT'
                    RFF+CN:JJD000390007781'
                    LIN+1'
                    PIA+5+MUG-BLU-12:SA'
                    QTY+12:2'
                    LIN+2'
                    PIA+5+TEE-BLK-M:SA'
                    QTY+12:1'
                    UNT+14+1'
                    UNZ+1+7011'
                    """.formatted(THEIRS, OURS));
            Files.writeString(agent.warehouse().root().resolve("out").resolve("ship-1002.edi"), """
                    ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*000003601*0*P*>~
                    GS*SW*ACME3PL*MYSHOP*20261126*1200*3601*X*004010~
                    ST*945*0001~
                    W06*N*1002*20261126*SHP-1002~
                    W27*U*UPSN*GND~
                    LX*1~
                    MAN*CP*1Z999AA10000001002~
                    W12*CC*1*1*0*EA**SK*MUG-BLU-12~
                    W03*1~
                    SE*8*0001~
                    GE*1*3601~
                    IEA*1*000003601~
                    """, StandardCharsets.ISO_8859_1);
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.ledger().queryForList("SELECT remote_name, format, document_type, state FROM cb_inbound_file "
                    + "ORDER BY remote_name")).extracting(r -> r.get("remote_name") + " " + r.get("format") + " "
                    + r.get("document_type") + " " + r.get("state")).containsExactly(
                            "desadv-1001.edi EDIFACT DESADV APPLIED", "ship-1002.edi X12 945 APPLIED");
            assertThat(agent.store().hposMeta(1001, TRACKING_META)).contains("JJD000390007781");
            assertThat(agent.store().hposMeta(1002, TRACKING_META)).contains("1Z999AA10000001002");
            assertThat(agent.store().hposStatus(1001)).isEqualTo("wc-completed");
            assertThat(agent.store().hposStatus(1002)).isEqualTo("wc-completed");
        }
    }

    private Map<String, Object> settings() {
        return Map.of(
                "cartbridge.warehouse.format", "edifact",
                "cartbridge.warehouse.edifact.sender-id", OURS,
                "cartbridge.warehouse.edifact.sender-qualifier", "14",
                "cartbridge.warehouse.edifact.recipient-id", THEIRS,
                "cartbridge.warehouse.edifact.recipient-qualifier", "14",
                "cartbridge.warehouse.sftp.min-file-age", "0s");
    }

    private String stock(long product) {
        return agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = '_stock'", String.class, product);
    }

    private String stockStatus(long product) {
        return agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = '_stock_status'", String.class, product);
    }

    private void warehouseSends(String name, String edifact) throws IOException {
        Path out = agent.warehouse().root().resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name), edifact.replace("\n", ""), StandardCharsets.ISO_8859_1);
    }
}
