package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A writer's first interchange goes through StAEDI (envelope checked against its control schema), the
 * following ones through the direct segment target. Written with the same control number and time,
 * the two must be the same bytes, whatever the settings and the text.
 */
class DirectSegmentsTests {

    private static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 15, 6, 7);

    static Stream<Arguments> settings() {
        X12Settings defaults = X12Settings.defaults("CARTBRIDGE", "ACMEWHSE");
        return Stream.of(
                Arguments.of("004010, line breaks", defaults),
                Arguments.of("005010", defaults.withVersion("005010")),
                Arguments.of("pipes, no line breaks", new X12Settings("004010", "01", "123456789", "14", "3PL WEST",
                        'T', '|', '~', ':', false)),
                Arguments.of("005010, other terminator", new X12Settings("005010", "ZZ", "CB", "ZZ", "WH", 'P', '*',
                        '\'', '>', true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void ordersWrittenDirectlyAreByteForByteWhatStaediWrites(String name, X12Settings settings) throws Exception {
        X12WarehouseOrderWriter writer = new X12WarehouseOrderWriter(settings, "VN");
        List<WarehouseOrder> orders = orders();

        byte[] byStaedi = write(writer, orders);
        byte[] direct = write(writer, orders);
        byte[] againDirect = write(writer, orders);

        assertThat(new String(direct, StandardCharsets.UTF_8)).isEqualTo(new String(byStaedi, StandardCharsets.UTF_8));
        assertThat(direct).isEqualTo(byStaedi).isEqualTo(againDirect);
        // and what is written reads back: every order, its lines and the non-ASCII text
        X12OrderFile file = new X12WarehouseOrderReader().read(new java.io.ByteArrayInputStream(direct));
        assertThat(file.orders()).hasSize(orders.size());
        assertThat(file.orders().get(1).shipTo().city()).isEqualTo("Łódź");
        assertThat(file.orders().get(2).shipTo().name()).startsWith("O").contains("Brien").endsWith("Co")
                .doesNotContain(String.valueOf(settings.elementSeparator()), String.valueOf(settings.segmentTerminator()));
        assertThat(file.orders().get(2).lines().get(0).description()).hasSize(45);
    }

    @Test
    void acknowledgmentsWrittenDirectlyAreByteForByteWhatStaediWrites() throws Exception {
        X12FunctionalAckWriter writer = new X12FunctionalAckWriter(X12Settings.defaults("CARTBRIDGE", "ACMEWHSE"));
        for (String sample : List.of("945-valid-005010.edi", "945-broken-se-count.edi", "846-broken-ge-count.edi",
                "856-valid-sopi-two-orders.edi")) {
            ReceivedInterchange received = ReceivedInterchange.scan(sample(sample), List.of()).get(0);
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            writer.write(first, 5001, CREATED, received);
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            writer.write(second, 5001, CREATED, received);
            assertThat(second.toString(StandardCharsets.UTF_8)).as(sample).isEqualTo(first.toString(StandardCharsets.UTF_8));
        }
    }

    private static byte[] write(X12WarehouseOrderWriter writer, List<WarehouseOrder> orders) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, 42, CREATED, orders);
        return out.toByteArray();
    }

    /** Plain, non-ASCII, and text full of separators, control characters and over-long values. */
    private static List<WarehouseOrder> orders() {
        List<WarehouseOrder> orders = new ArrayList<>();
        orders.add(TestOrders.domestic());
        orders.add(TestOrders.international());
        Address messy = new Address("O'Brien*Tiles~Co", "A|B:C>D^E", "12 Long   Road\r\n", "Unit\t7", "Cork", null,
                "T12 X", "IE", "+353 21 000", "x@example.ie");
        orders.add(new WarehouseOrder("WC-*~|1", "9", LocalDateTime.of(2024, 5, 1, 0, 0), messy, "An Post", "ANPO",
                "STD", "ring\u0007twice ~ please", List.of(new OrderLine(1, "SKU*1", "012345678905",
                        "x".repeat(80), 1, "EA"), new OrderLine(2, "SKU-Ω", null, "emoji \uD83D\uDE00 gone", 12, "EA"))));
        for (int i = 0; i < 50; i++) {
            orders.add(TestOrders.domestic());
        }
        return orders;
    }
}
