package io.cartbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The bench's command line: usage errors are caught before anything is prepared. */
class BenchMainTests {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void bareIsAFlagOfTheOrderExportBenchOnly() {
        assertThat(bench("inventory-import", "--bare")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --bare is for bench order-export only; try 'cartbridge bench help'\n");
    }

    @Test
    void platformNamesAKnownPlatformForTheJobsBenches() {
        assertThat(bench("order-export", "--platform", "shopify")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: option --platform needs one of [woocommerce, prestashop, magento2]; "
                + "try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--platform", "prestashop", "--stores", "2")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --platform is for the jobs' benches, without --bare or --stores; "
                + "try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--platform", "magento2")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --platform magento2 is for bench write-back only; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("write-back", "--platform", "prestashop")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: bench write-back takes --platform woocommerce or magento2; "
                + "try 'cartbridge bench help'\n");
    }

    @Test
    void unknownJobsOptionsAndNonNumbersAreUsageErrors() {
        assertThat(bench("demo")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: bench knows order-export, shipment-import, inventory-import, trigger, "
                + "write-back and snapshot-read, not demo; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("write-back", "--orders", "5")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: bench write-back takes --shipments, --items and --platform only; "
                + "try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--format", "edi")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: option --format needs x12, edifact or xml; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--orders", "many")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: option --orders needs a number; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("shipment-import", "--bogus")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: unknown option --bogus for bench; try 'cartbridge bench help'\n");
    }

    @Test
    void storesIsForOrderExportWithoutBareAndTakesOneTo999Stores() {
        assertThat(bench("inventory-import", "--stores", "3")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --stores is for bench order-export only, without --bare; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--stores", "3", "--bare")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --stores is for bench order-export only, without --bare; try 'cartbridge bench help'\n");
        err.reset();
        assertThat(bench("order-export", "--stores", "0")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: --stores takes 1 to 999 stores; try 'cartbridge bench help'\n");
    }

    @Test
    void helpListsTheThreeBenchmarks() {
        assertThat(bench("help")).isZero();
        assertThat(stdout()).contains("bench order-export [--orders N] [--bare]")
                .contains("bench order-export --stores N [--orders M]")
                .contains("bench shipment-import [--shipments N]")
                .contains("bench inventory-import [--items N] [--changed PCT]")
                .contains("bench snapshot-read [--items N] [--format x12|edifact|xml]");
        assertThat(stderr()).isEmpty();
    }

    private int bench(String... args) {
        return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
