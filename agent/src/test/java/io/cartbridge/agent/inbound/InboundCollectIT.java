package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.support.TestAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * inbound-collect against a real SFTP server and MariaDB: valid, broken, duplicate and temporary
 * files in the warehouse's outbound folder; what lands in the inbox, the ledger and the archive.
 */
class InboundCollectIT {

    static final Path SAMPLES = Path.of("..", "sample-data", "edi", "x12");

    @TempDir
    Path folder;
    TestAgent agent;
    Path out;

    @BeforeEach
    void warehouseFiles() throws IOException {
        agent = new TestAgent(folder);
        out = agent.warehouse().root().resolve("out");
        Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1.edi"));
        Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1-again.edi"));
        Files.copy(SAMPLES.resolve("945-broken-se-count.edi"), out.resolve("ship-broken.edi"));
        Files.copy(SAMPLES.resolve("846-valid-available-onhand.edi"), out.resolve("stock.edi"));
        Files.writeString(out.resolve("ship-2.edi.writing"), "ISA*partial");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void collectsValidBrokenAndDuplicateFilesOnceAndArchivesThem() throws IOException {
        try (ConfigurableApplicationContext context = start("archive")) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<InboundFile> files = context.getBean(InboundFiles.class).list("acme3pl");
            assertThat(files).extracting(InboundFile::remoteName, InboundFile::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ship-1-again.edi", "RECEIVED"),
                    org.assertj.core.groups.Tuple.tuple("ship-1.edi", "DUPLICATE"),
                    org.assertj.core.groups.Tuple.tuple("ship-broken.edi", "REJECTED"),
                    org.assertj.core.groups.Tuple.tuple("stock.edi", "RECEIVED"));
            InboundFile first = files.get(0);
            assertThat(first.documentType()).isEqualTo("945");
            assertThat(first.senderId()).isNotBlank();
            assertThat(first.interchangeControlNumber()).matches("\\d+");
            assertThat(files.get(1).duplicateOf()).isEqualTo(first.id());
            assertThat(files.get(2).reason()).contains("SE_COUNT");
            assertThat(files.get(3).documentType()).isEqualTo("846");
            assertThat(Path.of(first.localPath())).hasSameBinaryContentAs(SAMPLES.resolve("945-valid-two-packages.edi"));
            assertThat(agent.properties().get("cartbridge.home")).isNotNull();
            Path errorFolder = Path.of((String) agent.properties().get("cartbridge.home"), "error", "acme3pl");
            assertThat(list(errorFolder)).singleElement().asString().endsWith("-ship-broken.edi");

            assertThat(list(out)).containsExactly("archive", "ship-2.edi.writing");
            assertThat(list(out.resolve("archive"))).containsExactly("ship-1-again.edi", "ship-1.edi", "ship-broken.edi", "stock.edi");

            // every interchange but the duplicate answered with a 997 in the warehouse's inbound folder
            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString()).containsExactly(
                    "acme3pl-997-000000001.edi", "acme3pl-997-000000002.edi", "acme3pl-997-000000003.edi");
            assertThat(acks()).extracting(a -> a.acknowledgedType() + " " + a.status())
                    .containsExactly("945 ACCEPTED", "945 REJECTED", "846 ACCEPTED");
            assertThat(agent.ledger().queryForList("SELECT state FROM cb_outbound_file WHERE document_type = '997'",
                    String.class)).containsOnly("UPLOADED").hasSize(3);

            Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1-resent.edi"));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<InboundFile> after = context.getBean(InboundFiles.class).list("acme3pl");
            assertThat(after).hasSize(5);
            assertThat(after.get(4).state()).isEqualTo("DUPLICATE");
        }
    }

    @Test
    void aFileRecordedButNotArchivedIsArchivedByTheNextRunWithoutBeingRecordedAgain() throws IOException {
        try (ConfigurableApplicationContext context = start("leave")) {
            context.getBean(AdminCommands.class).run("inbound-collect");
            context.getBean(AdminCommands.class).run("inbound-collect");
            assertThat(context.getBean(InboundFiles.class).list("acme3pl")).hasSize(4);
            assertThat(list(out)).contains("ship-1.edi", "stock.edi");
        }
        try (ConfigurableApplicationContext context = start("delete")) {
            assertThat(context.getBean(AdminCommands.class).run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(context.getBean(InboundFiles.class).list("acme3pl")).hasSize(4);
            assertThat(list(out)).containsExactly("ship-2.edi.writing");
        }
    }

    @Test
    void filesStillGrowingAreLeftForTheNextRun() throws IOException {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "1h"))) {
            assertThat(context.getBean(AdminCommands.class).run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(context.getBean(InboundFiles.class).list("acme3pl")).isEmpty();
            assertThat(list(out)).hasSize(5);
        }
    }

    record Ack(String acknowledgedType, String status) {
    }

    private List<Ack> acks() throws IOException {
        List<Ack> acks = new java.util.ArrayList<>();
        for (Path file : agent.inboundFiles()) {
            try (io.cartbridge.edi.x12.X12FunctionalAckReader reader =
                         io.cartbridge.edi.x12.X12FunctionalAckReader.open(Files.newInputStream(file))) {
                for (var ack = reader.next(); ack != null; ack = reader.next()) {
                    acks.add(new Ack(ack.transactions().isEmpty() ? ack.functionalIdentifier()
                            : ack.transactions().get(0).transactionSetId(), ack.status()));
                }
            }
        }
        return acks;
    }

    private ConfigurableApplicationContext start(String afterDownload) {
        return agent.start(Map.of("cartbridge.warehouse.sftp.after-download", afterDownload,
                "cartbridge.warehouse.sftp.min-file-age", "0s"));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
