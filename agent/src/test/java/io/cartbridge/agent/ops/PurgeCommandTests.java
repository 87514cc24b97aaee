package io.cartbridge.agent.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.agent.admin.CliAccess;
import org.junit.jupiter.api.Test;

/** {@code purge}: its usage errors (before any database is opened) and what it prints. */
class PurgeCommandTests {

    @Test
    void purgeWithoutAnAgeOfAtLeastOneDayIsAUsageError() {
        assertThat(CliAccess.run(List.of("purge"), new ByteArrayOutputStream())).isEqualTo(2);
        assertThat(CliAccess.run(List.of("purge", "--older-than", "0"), new ByteArrayOutputStream())).isEqualTo(2);
        assertThat(CliAccess.run(List.of("purge", "--older-than", "soon"), new ByteArrayOutputStream())).isEqualTo(2);
        assertThat(CliAccess.run(List.of("purge", "--days", "9"), new ByteArrayOutputStream())).isEqualTo(2);
    }

    @Test
    void itPrintsWhatWentAndWhatWasKept() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PurgeCommand.print(new HistoryPurge.Purged(90, LocalDateTime.of(2026, 9, 3, 10, 15, 0), 1_204, 4_816, 1_200, 2, 35,
                1_250_000), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Purged the history of runs that ended before 2026-09-03 10:15:00 (older than 90 days):
                  1,204 job execution(s) with 4,816 step execution(s); 1,200 job instance(s) left empty
                  35 local copy(ies) of received files (1,221 KB)
                Kept 2 failed or stopped execution(s) that can still be restarted: restart ID, or abandon ID to let the next purge take it.
                The ledger (orders, files sent and received, shipments, control numbers) is never purged.
                """);
    }
}
