package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Files sent again, both ways, on real MariaDB and SFTP: a corrected interchange the partner resends
 * under the control number of one we rejected is applied; a 940 the partner acknowledged although a
 * crash kept the ledger from marking it uploaded is marked by the acknowledgment and not put on the
 * partner's server a second time.
 */
class ResentFilesIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @TempDir
    Path folder;
    TestAgent agent;
    Path out;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null)
                .order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")));
        out = agent.warehouse().root().resolve("out");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void aCorrectedInterchangeResentUnderTheNumberOfARejectedOneIsApplied() throws IOException {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            String broken = shipmentAdvice(800, 8);   // SE01 counts one segment too many
            Files.writeString(out.resolve("ship.edi"), broken);
            admin.run("inbound-collect");
            Files.writeString(out.resolve("ship-corrected.edi"), shipmentAdvice(800, 7));
            Files.writeString(out.resolve("ship-broken-again.edi"), broken);

            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<InboundFile> files = context.getBean(InboundFiles.class).list("acme3pl");
            assertThat(files).extracting(InboundFile::remoteName, InboundFile::interchangeControlNumber, InboundFile::state)
                    .containsExactly(tuple("ship.edi", "000000800", "REJECTED"),
                            tuple("ship-broken-again.edi", "000000800", "DUPLICATE"),
                            tuple("ship-corrected.edi", "000000800", "APPLIED"));
            assertThat(files.get(1).duplicateOf()).isEqualTo(files.get(0).id());
            assertThat(agent.store().hposStatus(5001)).isEqualTo("wc-completed");
            assertThat(agent.store().notes(5001)).filteredOn(n -> n.startsWith("Shipped")).singleElement().asString()
                    .contains("(shipment SHP-800): tracking 1ZRESENT800.");
        }
    }

    @Test
    void anAcknowledgedFileACrashLeftUnmarkedIsMarkedAndNotUploadedAgain() throws IOException {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s",
                "cartbridge.warehouse.upload-while-extracting", false), Faults.failAt("upload.after-put"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.FAILED);
            OutboundFiles outbound = context.getBean(OutboundFiles.class);
            assertThat(outbound.list("acme3pl")).extracting(OutboundFile::fileName, OutboundFile::state)
                    .containsExactly(tuple("acme3pl-940-000000001.edi", "RENDERED"));
            // the warehouse took the file and acknowledges its group
            Files.delete(agent.warehouse().root().resolve("in").resolve("acme3pl-940-000000001.edi"));
            Files.writeString(out.resolve("ack.edi"), AckApplyIT.ack(601, 1, "AK2*940*0001~AK5*A~AK9*A*1*1*1~", 6));

            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<OutboundFile> sent = outbound.list("acme3pl");
            assertThat(sent).extracting(OutboundFile::fileName, OutboundFile::state)
                    .containsExactly(tuple("acme3pl-940-000000001.edi", "ACCEPTED"));
            assertThat(sent.get(0).uploadedAt()).isNotNull();
            assertThat(agent.inboundFiles()).as("not put on the warehouse's server again").isEmpty();
            assertThat(context.getBean(InboundFiles.class).list("acme3pl")).extracting(InboundFile::state, InboundFile::reason)
                    .containsExactly(tuple("APPLIED", null));
            assertThat(agent.store().notes(5001)).filteredOn(n -> n.startsWith("Sent to warehouse")).singleElement()
                    .asString().contains("acme3pl-940-000000001.edi");
        }
    }

    /** A 945 shipping order 5001 whole; {@code seCount} is the SE01 sent (7 is right). */
    private static String shipmentAdvice(int icn, int seCount) {
        return "ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*%09d*0*P*>~\n"
                .formatted(icn)
                + "GS*SW*ACME3PL*MYSHOP*20261126*1200*%d*X*004010~\n".formatted(icn)
                + "ST*945*0001~\nW06*N*5001*20261126*SHP-%d~\nW27*U*UPSN*GROUND~\nLX*1~\n".formatted(icn)
                + "MAN*CP*1ZRESENT%d~\nW12*CC*2*2*0*EA**SK*SKU-A~\n".formatted(icn)
                + "SE*%d*0001~\nGE*1*%d~\nIEA*1*%09d~\n".formatted(seCount, icn, icn);
    }
}
