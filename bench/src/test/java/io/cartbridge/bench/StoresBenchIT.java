package io.cartbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code bench order-export --stores 3 --orders 5} end to end: three shops (a database each on the bench's own
 * embedded MariaDB), the sandbox warehouse in a process of its own, one order-export. What it prints is checked:
 * every order sent once, one file per shop under the shop's sender id, a cart connection and an SFTP login per
 * connection, the job repository's rows. Its state lives under {@code target/}: the embedded MariaDB refuses a
 * folder under the temporary folder, whose data it would wipe.
 */
class StoresBenchIT {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void threeShopsOfFiveOrdersEachAreSentExactlyOnceOneFilePerShop() {
        int exit = BenchMain.run(new String[] {"order-export", "--stores", "3", "--orders", "5"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Path.of("target", "stores-bench-it").toAbsolutePath());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed)
                .contains("Prepared 3 stores of 5 paid orders (databases bench_shop_001..bench_shop_003")
                .contains("order-export: COMPLETED, 3 connections, 15 orders in ")
                .contains("sent: 15 orders of 3 stores in 3 files: 15 ST*940 segments, 15 distinct (sender id, order), "
                        + "0 of no store; ledger: 15 filed in uploaded, noted files; cart notes: 15; every order exactly once")
                .contains("  cart databases:      3 connections opened (1.00 per store)")
                .contains("  SFTP logins:         3 (1.00 per connection)")
                .containsPattern("per connection \\([3-6] partitions, [12] at once; [01] restarts after lock conflicts")
                .containsPattern("job repository: +1[3-9] BATCH_STEP_EXECUTION rows");
    }
}
