package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/** The warehouse's 997s mark the 940 files they acknowledge ACCEPTED or REJECTED, with the reason. */
class AckApplyIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @TempDir
    Path folder;
    TestAgent agent;

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void acknowledgmentsMarkTheSentFilesAcceptedOrRejected() throws IOException {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 1; i <= 3; i++) {
            agent.store().order(4000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "Thing")));
        }
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Path out = agent.warehouse().root().resolve("out");
            Files.writeString(out.resolve("ack-1.edi"), implementationAck(501, 1, "AK2*940*0001~IK5*A~AK9*A*1*1*1~", 6));
            Files.writeString(out.resolve("ack-2.edi"), ack(502, 2,
                    "AK2*940*0001~AK3*W05*2**8~AK4*2**1~AK5*R*5~AK9*R*1*1*0~", 8));
            Files.writeString(out.resolve("ack-99.edi"), ack(503, 99, "AK9*A*1*1*1~", 4));

            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<OutboundFiles.OutboundFile> sent = context.getBean(OutboundFiles.class).list("acme3pl");
            assertThat(sent).extracting(OutboundFiles.OutboundFile::fileName, OutboundFiles.OutboundFile::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("acme3pl-940-000000001.edi", "ACCEPTED"),
                            org.assertj.core.groups.Tuple.tuple("acme3pl-940-000000002.edi", "REJECTED"));
            assertThat(sent.get(1).reason()).contains("transaction 0001 REJECTED").contains("W05");
            List<InboundFiles.InboundFile> received = context.getBean(InboundFiles.class).list("acme3pl");
            assertThat(received).extracting(InboundFiles.InboundFile::state).containsOnly("APPLIED");
            assertThat(received.get(2).reason()).isEqualTo("acknowledges OW group 99, which was not sent");
            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                    .as("997s and 999s are not answered with 997s").allMatch(n -> n.contains("-940-"));

            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(context.getBean(OutboundFiles.class).list("acme3pl")).extracting(OutboundFiles.OutboundFile::state)
                    .containsExactly("ACCEPTED", "REJECTED");

            java.io.ByteArrayOutputStream listing = new java.io.ByteArrayOutputStream();
            List<String> args = new java.util.ArrayList<>(List.of("files", "--state", "rejected"));
            args.addAll(agent.commandLineProperties(Map.of()));
            int exit = io.cartbridge.agent.admin.CliAccess.run(args, listing);
            assertThat(exit).isZero();
            assertThat(listing.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("acme3pl-940-000000002.edi").contains("REJECTED").contains("transaction 0001 REJECTED")
                    .doesNotContain("acme3pl-940-000000001.edi");
        }
    }

    /**
     * A 997 file whose first acknowledgment is fine and whose second is broken (AK5-01 'Q' is no status code):
     * the file is rejected whole, and nothing of it is applied, not even the first acknowledgment.
     */
    @Test
    void aFileWithABrokenSecondAcknowledgmentAppliesNothing() throws IOException {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 1; i <= 3; i++) {
            agent.store().order(4000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "Thing")));
        }
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Files.writeString(agent.warehouse().root().resolve("out").resolve("acks.edi"),
                    "ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*000000601*0*P*>~"
                            + "GS*FA*ACME3PL*MYSHOP*20261126*1200*601*X*004010~"
                            + "ST*997*0001~AK1*OW*1~AK9*A*1*1*1~SE*4*0001~"
                            + "ST*997*0002~AK1*OW*2~AK2*940*0001~AK5*Q~AK9*R*1*1*0~SE*6*0002~"
                            + "GE*2*601~IEA*1*000000601~");

            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(context.getBean(OutboundFiles.class).list("acme3pl")).extracting(OutboundFiles.OutboundFile::state)
                    .as("neither sent file is marked by a file that could not be read whole")
                    .containsExactly("UPLOADED", "UPLOADED");
            InboundFiles.InboundFile acks = context.getBean(InboundFiles.class).list("acme3pl").get(0);
            assertThat(acks.state()).isEqualTo("REJECTED");
            assertThat(acks.reason()).contains("AK5").contains("'Q'");
        }
    }

    /** A 999 (005010) from ACME3PL acknowledging our group {@code group}, as many 005010 partners send. */
    static String implementationAck(int icn, int group, String body, int segments) {
        return fromAcme(icn, "^*00501", ":", "005010X231A1",
                "ST*999*0001*005010X231A1~AK1*OW*%d*005010~".formatted(group) + body, segments);
    }

    /** A 997 from ACME3PL acknowledging our group {@code group}; {@code body} from AK2 or AK9 to before SE. */
    static String ack(int icn, int group, String body, int segments) {
        return fromAcme(icn, "U*00401", ">", "004010", "ST*997*0001~AK1*OW*%d~".formatted(group) + body, segments);
    }

    /** One interchange from ACME3PL to us with one FA group: {@code set} from ST to before SE. */
    private static String fromAcme(int icn, String isa11And12, String componentSeparator, String gsVersion, String set,
                                   int segments) {
        return "ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*%s*%09d*0*P*%s~"
                .formatted(isa11And12, icn, componentSeparator)
                + "GS*FA*ACME3PL*MYSHOP*20261126*1200*%d*X*%s~".formatted(icn, gsVersion)
                + set + "SE*%d*0001~".formatted(segments)
                + "GE*1*%d~IEA*1*%09d~".formatted(icn, icn);
    }
}
