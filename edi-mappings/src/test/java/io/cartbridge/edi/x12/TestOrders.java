package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Orders, file helpers and a plain segment splitter shared by the X12 tests. */
final class TestOrders {

    static final Path SAMPLES = Path.of("../sample-data/edi/x12");
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 15, 6, 7);

    private TestOrders() {
    }

    static WarehouseOrder domestic() {
        Address to = new Address("Jane Doe", "Doe Consulting LLC", "123 Main St", "Apt 4B", "Springfield", "IL",
                "62704", "US", "217-555-0142", "jane.doe@example.com");
        return new WarehouseOrder("WC-10021", "10021", LocalDateTime.of(2024, 5, 14, 0, 0), to, "UPS Ground",
                "UPSN", "GND", "Leave at the back door", List.of(
                        new OrderLine(1, "MUG-BLU-12", "012345678905", "Blue ceramic mug 12 oz", 2, "EA"),
                        new OrderLine(2, "TEE-BLK-M", null, "Black T-shirt, size M", 1, "EA")));
    }

    static WarehouseOrder international() {
        Address to = new Address("Zoë Müller", null, "ul. Piotrkowska 12", null, "Łódź", null, "90-001", "PL",
                null, "zoe@example.pl");
        return new WarehouseOrder("WC-10022", "10022", null, to, null, null, null, null, List.of(
                new OrderLine(1, "CANDLE-LAV", "4006381333931", "Świeca lawendowa", 3, "EA"),
                new OrderLine(7, "GIFT-BOX", null, null, 1, "EA")));
    }

    static String write(X12Settings settings, long controlNumber, List<WarehouseOrder> orders) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12WarehouseOrderWriter(settings).write(out, controlNumber, CREATED, orders);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Splits on the terminator (dropping line breaks) into segments of elements: [tag, e1, e2, ...]. */
    static List<List<String>> segments(String edi, char elementSeparator, char terminator) {
        List<List<String>> result = new ArrayList<>();
        for (String raw : edi.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String segment = raw.replace("\r", "").replace("\n", "");
            if (!segment.isEmpty()) {
                result.add(Arrays.asList(segment.split(java.util.regex.Pattern.quote(String.valueOf(elementSeparator)), -1)));
            }
        }
        return result;
    }

    static List<List<String>> segments(String edi) {
        return segments(edi, '*', '~');
    }
}
