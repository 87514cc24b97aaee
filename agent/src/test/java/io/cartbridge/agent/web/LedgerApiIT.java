package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.CliAccess;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/files} and {@code /api/orders} over HTTP: the ledger's records, file contents, resend and reprocess. */
class LedgerApiIT extends WebApiSupport {

    @Autowired
    AdminCommands admin;

    @Test
    void filesListTheirStatesAndServeTheBytesTheWarehouseGot() throws Exception {
        AGENT.store().order(7401, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        admin.run("order-export", "default");
        long id = fileOf("7401");
        String name = AGENT.ledger().queryForObject("SELECT file_name FROM cb_outbound_file WHERE id = ?", String.class, id);

        String files = get("/api/files?direction=outbound&state=uploaded&connection=default", VIEWER).body();
        assertThat((List<String>) JsonPath.read(files, "$[0].connections")).containsExactly("default");
        assertThat((List<Object>) JsonPath.read(files, "$[0].outbound[?(@.id == " + id + ")].state")).containsExactly("UPLOADED");
        assertThat((List<Object>) JsonPath.read(files, "$[0].outbound[?(@.id == " + id + ")].fileName")).containsExactly(name);
        assertThat((List<Object>) JsonPath.read(files, "$[0].inbound")).isEmpty();
        assertThat((List<Object>) JsonPath.read(get("/api/files?state=REJECTED", VIEWER).body(), "$[0].outbound")).isEmpty();

        HttpResponse<byte[]> content = http.send(request("/api/files/outbound/" + id + "/content", VIEWER).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + "\"");
        assertThat(content.body()).isEqualTo(Files.readAllBytes(AGENT.warehouse().root().resolve("in").resolve(name)));

        assertThat(get("/api/files/outbound/999999/content", VIEWER).statusCode()).isEqualTo(404);
        HttpResponse<String> sideways = get("/api/files?direction=sideways", VIEWER);
        assertThat(sideways.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(sideways.body(), "$.detail")).isEqualTo("direction must be outbound or inbound, not 'sideways'");
    }

    @Test
    void resendingAFileAsksForItsOrdersAgainOnceFromTheApiAndTheCli() {
        AGENT.store().order(7501, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        admin.run("order-export", "default");
        long id = fileOf("7501");

        HttpResponse<String> resent = post("/api/files/outbound/" + id + "/resend", OPERATOR);
        assertThat(resent.statusCode()).as(resent::body).isEqualTo(202);
        assertThat((List<String>) JsonPath.read(resent.body(), "$.cartOrderIds")).containsExactly("7501");
        assertThat(orderState("7501")).isEqualTo("RESEND");
        HttpResponse<String> twice = post("/api/files/outbound/" + id + "/resend", OPERATOR);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(twice.body(), "$.detail")).contains("carries no order still filed in it");
        admin.run("order-export", "default");
        assertThat(sentOrderNumbers().stream().filter("7501"::equals)).hasSize(2);

        AGENT.store().order(7502, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        admin.run("order-export", "default");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CliAccess.run(cli("resend-file", Long.toString(fileOf("7502"))), out)).isZero();
        assertThat(out.toString()).contains("its 1 order(s) (7502) will be sent again by the next order-export run");
        assertThat(orderState("7502")).isEqualTo("RESEND");
        assertThat(CliAccess.run(cli("resend-file", "999999"), new ByteArrayOutputStream())).isEqualTo(2);
    }

    @Test
    void heldOrdersTrailsAndAnOrdersResend() {
        AGENT.store().order(7601, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")))
                .order(7602, "wc-processing", BUYER, "flat_rate", List.of(Line.of(11, 1, "No SKU")));
        admin.run("order-export", "default");

        String held = get("/api/orders/held?connection=default", VIEWER).body();
        assertThat((String) JsonPath.read(held, "$[0].partner")).isEqualTo("acme3pl");
        assertThat((List<String>) JsonPath.read(held, "$[0].orders[?(@.orderNumber == '7602')].reason"))
                .singleElement().asString().contains("no SKU");

        String trail = get("/api/orders/7601/trail", VIEWER).body();
        assertThat((String) JsonPath.read(trail, "$[0].state")).isEqualTo("FILED");
        assertThat((List<String>) JsonPath.read(trail, "$[0].events[*].what")).anySatisfy(e -> assertThat(e).startsWith("filed in acme3pl-940-"))
                .anySatisfy(e -> assertThat(e).isEqualTo("uploaded to acme3pl's server"));
        HttpResponse<String> unknown = get("/api/orders/424242/trail?connection=default", VIEWER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat((String) JsonPath.read(unknown.body(), "$.detail")).startsWith("No order 424242 in the ledger of connection default");

        HttpResponse<String> resend = post("/api/orders/7601/resend", OPERATOR);
        assertThat(resend.statusCode()).isEqualTo(202);
        assertThat(orderState("7601")).isEqualTo("RESEND");
        HttpResponse<String> notSent = post("/api/orders/7602/resend", OPERATOR);
        assertThat(notSent.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(notSent.body(), "$.detail")).isEqualTo("order 7602 has not been sent to acme3pl");
    }

    @Test
    void aRejectedReceivedFileIsReprocessedOnceAndNeverBesideAnotherCopyOfItsInterchange() throws Exception {
        String broken = FromWarehouse.shipmentAdvices(41, List.of(List.of("W06*N*7001*20261126*SHP-41", "W27*U*UPSN*GROUND",
                "LX*1", "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"))).replace("SE*7*0001", "SE*99*0001");
        FromWarehouse.drop(AGENT, "ship-41.edi", broken);
        admin.run("inbound-collect", "default");
        long rejected = inboundFile("ship-41.edi");
        assertThat(inboundState(rejected)).isEqualTo("REJECTED");

        HttpResponse<String> wrongDirection = get("/api/files?direction=inbound&state=rejected", VIEWER);
        assertThat((List<Object>) JsonPath.read(wrongDirection.body(), "$[0].outbound")).isEmpty();
        assertThat((List<Object>) JsonPath.read(wrongDirection.body(), "$[0].inbound[*].remoteName")).contains("ship-41.edi");
        HttpResponse<byte[]> content = http.send(request("/api/files/inbound/" + rejected + "/content", VIEWER).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(content.body())).isEqualTo(broken);

        HttpResponse<String> reprocessed = post("/api/files/inbound/" + rejected + "/reprocess", OPERATOR);
        assertThat(reprocessed.statusCode()).as(reprocessed::body).isEqualTo(202);
        assertThat(inboundState(rejected)).isEqualTo("RECEIVED");
        HttpResponse<String> again = post("/api/files/inbound/" + rejected + "/reprocess", OPERATOR);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(again.body(), "$.detail")).isEqualTo("inbound file " + rejected
                + " is RECEIVED; only a REJECTED file can be reprocessed");

        // interchange 42: rejected, then sent again corrected; the rejected copy must never apply beside it
        FromWarehouse.drop(AGENT, "ship-42.edi", broken.replace("000000041", "000000042").replace("*41*X*", "*42*X*")
                .replace("GE*1*41", "GE*1*42"));
        admin.run("inbound-collect", "default");
        long rejected42 = inboundFile("ship-42.edi");
        assertThat(inboundState(rejected42)).isEqualTo("REJECTED");
        FromWarehouse.drop(AGENT, "ship-42-fixed.edi", FromWarehouse.shipmentAdvices(42, List.of(List.of(
                "W06*N*7001*20261126*SHP-42", "W27*U*UPSN*GROUND", "LX*1", "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"))));
        admin.run("inbound-collect", "default");
        long fixed = inboundFile("ship-42-fixed.edi");
        assertThat(inboundState(fixed)).isEqualTo("RECEIVED");
        HttpResponse<String> twice = post("/api/files/inbound/" + rejected42 + "/reprocess", OPERATOR);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(twice.body(), "$.detail")).contains("which inbound file " + fixed + " carries too");
        assertThat(CliAccess.run(cli("reprocess", Long.toString(rejected42)), new ByteArrayOutputStream())).isEqualTo(2);
        assertThat(post("/api/files/inbound/999999/reprocess", OPERATOR).statusCode()).isEqualTo(404);
    }

    @Test
    void theCliReprocessesARejectedFile() {
        String broken = FromWarehouse.shipmentAdvices(43, List.of(List.of("W06*N*7001*20261126*SHP-43", "W27*U*UPSN*GROUND",
                "LX*1", "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"))).replace("SE*7*0001", "SE*98*0001");
        FromWarehouse.drop(AGENT, "ship-43.edi", broken);
        admin.run("inbound-collect", "default");
        long rejected = inboundFile("ship-43.edi");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CliAccess.run(cli("reprocess", Long.toString(rejected)), out)).isZero();
        assertThat(out.toString()).isEqualTo("Inbound file " + rejected + " is RECEIVED again: the next import applies it "
                + "(what it applied before is not applied twice).\n");
        assertThat(inboundState(rejected)).isEqualTo("RECEIVED");
    }

    private static long fileOf(String cartOrderId) {
        return AGENT.ledger().queryForObject("SELECT file_id FROM cb_order WHERE cart_order_id = ?", Long.class, cartOrderId);
    }

    private static String orderState(String cartOrderId) {
        return AGENT.ledger().queryForObject("SELECT state FROM cb_order WHERE cart_order_id = ?", String.class, cartOrderId);
    }

    private static long inboundFile(String remoteName) {
        return AGENT.ledger().queryForObject("SELECT MAX(id) FROM cb_inbound_file WHERE remote_name = ?", Long.class, remoteName);
    }

    private static String inboundState(long id) {
        return AGENT.ledger().queryForObject("SELECT state FROM cb_inbound_file WHERE id = ?", String.class, id);
    }

    private static List<String> cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(AGENT.commandLineProperties(Map.of()));
        return all;
    }
}
