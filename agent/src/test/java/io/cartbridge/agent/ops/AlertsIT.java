package io.cartbridge.agent.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Alerts on a real agent database, WooCommerce store and SFTP server, by e-mail to a real SMTP server (GreenMail) and
 * by webhook to a local HTTP server that checks the signature: each event once, also from a second agent on the same
 * database; an SMTP outage fails no run and the alert goes out when SMTP is back.
 */
class AlertsIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final String SECRET = "hook-secret";

    /** A POST the webhook received, with its signature header. */
    record Hook(String body, String signature) {
    }

    @TempDir
    Path folder;
    TestAgent agent;
    GreenMail smtp;
    int smtpPort;
    HttpServer webhook;
    final List<Hook> hooks = new CopyOnWriteArrayList<>();

    @BeforeEach
    void servers() throws IOException {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(12, null, null);
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            hooks.add(new Hook(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-CartBridge-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void close() {
        webhook.stop(0);
        smtp.stop();
        agent.close();
    }

    Map<String, Object> alerting() {
        return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", smtpPort,
                "cartbridge.alerts.mail.to", "ops@shop.example", "cartbridge.alerts.mail.from", "agent@shop.example",
                "cartbridge.alerts.webhook.url", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                "cartbridge.alerts.webhook.secret", SECRET, "cartbridge.warehouse.sftp.min-file-age", "0s");
    }

    @Test
    void eachEventIsSentOnceByMailAndBySignedWebhook() throws Exception {
        smtp.start();
        agent.store().order(3001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        agent.store().order(3002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(12, 1, "No-SKU thing")));
        try (ConfigurableApplicationContext context = agent.start(alerting())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(smtp.getReceivedMessages()).as("held and uploaded just now: nothing yet").isEmpty();
            assertThat(hooks).isEmpty();

            agent.ledger().update("UPDATE cb_order SET created_at = created_at - INTERVAL 25 HOUR WHERE state = 'HELD'");
            agent.ledger().update("UPDATE cb_outbound_file SET uploaded_at = uploaded_at - INTERVAL 25 HOUR");
            FromWarehouse.drop(agent, "garbage.edi", "this is not an interchange\n");
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            String file = agent.ledger().queryForObject("SELECT file_name FROM cb_outbound_file", String.class);
            assertThat(subjects()).containsExactlyInAnyOrder(
                    "[CartBridge] order 3002 held for more than 24 hours",
                    "[CartBridge] no acknowledgment from acme3pl for " + file,
                    "[CartBridge] file garbage.edi from acme3pl rejected");
            MimeMessage held = message("[CartBridge] order 3002 held");
            assertThat(held.getAllRecipients()).extracting(Object::toString).containsExactly("ops@shop.example");
            assertThat(held.getFrom()).extracting(Object::toString).containsExactly("agent@shop.example");
            assertThat(GreenMailUtil.getBody(held)).contains("Order 3002 of store default has been held back from acme3pl")
                    .contains("line 1 ('No-SKU thing') has no SKU").contains("since 20").contains("cartbridge order 3002");
            assertThat(GreenMailUtil.getBody(message("[CartBridge] no acknowledgment"))).contains(file)
                    .contains("1 order(s)").contains("more than 24 hours");
            assertThat(hooks).hasSize(3);
            for (Hook hook : hooks) {
                assertThat(hook.signature()).isEqualTo("sha256=" + hmac(SECRET, hook.body()));
            }
            assertThat(hooks).extracting(Hook::body).anySatisfy(body -> assertThat(body)
                    .startsWith("{\"event\":\"order-held:").contains("\"kind\":\"ORDER_HELD\"")
                    .contains("\"store\":\"default\",\"partner\":\"acme3pl\"")
                    .contains("\"subject\":\"[CartBridge] order 3002 held for more than 24 hours\""));

            assertThat(context.getBean(Alerts.class).check()).as("a second check sends nothing").isZero();
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            try (ConfigurableApplicationContext other = agent.start(alerting())) {
                assertThat(other.getBean(Alerts.class).check()).as("nor does another agent on the database").isZero();
            }
            assertThat(smtp.getReceivedMessages()).hasSize(3);
            assertThat(hooks).hasSize(3);
            assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_alert WHERE delivered_at IS NOT NULL",
                    Integer.class)).isEqualTo(3);
        }
    }

    @Test
    void anSmtpOutageFailsNoRunAndTheAlertGoesOutWhenSmtpIsBack() throws Exception {
        agent.store().order(3001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        agent.warehouse().close();
        try (ConfigurableApplicationContext context = agent.start(alerting())) {
            JobExecution failed = context.getBean(AdminCommands.class).run("order-export");

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            Map<String, Object> alert = agent.ledger().queryForMap(
                    "SELECT kind, subject, mail_sent_at, webhook_sent_at, delivered_at, last_error FROM cb_alert");
            assertThat(alert).containsEntry("kind", "JOB_FAILED")
                    .containsEntry("subject", "[CartBridge] order-export failed (execution " + failed.getId() + ")")
                    .containsEntry("mail_sent_at", null).containsEntry("delivered_at", null);
            assertThat(alert.get("webhook_sent_at")).as("the webhook took it").isNotNull();
            assertThat((String) alert.get("last_error")).startsWith("e-mail: ");
            assertThat(hooks).hasSize(1);

            smtp.start();
            int sent = context.getBean(Alerts.class).check();

            assertThat(sent).isEqualTo(1);
            assertThat(subjects()).containsExactly("[CartBridge] order-export failed (execution " + failed.getId() + ")");
            assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("cartbridge restart " + failed.getId());
            assertThat(hooks).as("the webhook is not sent twice").hasSize(1);
            assertThat(context.getBean(Alerts.class).check()).isZero();
        }
    }

    private List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage message(String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjects(m).startsWith(subjectStart)).findFirst()
                .orElseThrow();
    }

    private static String subjects(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
