package io.cartbridge.edi.xml;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** Orders, settings and file helpers shared by the warehouse XML tests. */
final class XmlSamples {

    static final Path SAMPLES = Path.of("../sample-data/xml");
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 15, 6, 7, 8);
    static final XmlSettings SETTINGS = new XmlSettings("SHOP01", "ACME3PL");
    static final XmlSettings WAREHOUSE = new XmlSettings("ACME3PL", "SHOP01");

    private XmlSamples() {
    }

    static WarehouseOrder domestic() {
        Address to = new Address("Jane Doe", "Doe Consulting LLC", "123 Main St", "Apt 4B", "Springfield", "IL",
                "62704", "US", "217-555-0142", "jane.doe@example.com");
        return new WarehouseOrder("WC-10021", "10021", LocalDateTime.of(2024, 5, 14, 9, 30), to, "UPS Ground",
                "UPSN", "GND", "Leave at the back door", List.of(
                        new OrderLine(1, "MUG-BLU-12", "012345678905", "Blue ceramic mug 12 oz", 2, "EA"),
                        new OrderLine(2, "TEE-BLK-M", null, "Black T-shirt, size M", 1, "EA")));
    }

    static WarehouseOrder international() {
        Address to = new Address("Zoë Müller <Z&M>", null, "ul. Piotrkowska 12", null, "Łódź", null, "90-001", "PL",
                null, "zoe@example.pl");
        return new WarehouseOrder("WC-10022", "10022", null, to, null, null, null, "\"Ring twice\" & 'wait' 🎁",
                List.of(new OrderLine(1, "CANDLE-LAV", "4006381333931", "Świeca lawendowa", 3, "EA"),
                        new OrderLine(7, "GIFT-BOX", null, null, 1, "EA")));
    }

    static String write(List<WarehouseOrder> orders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlWarehouseOrderWriter(SETTINGS).write(out, 42, CREATED, orders);
        return out.toString(StandardCharsets.UTF_8);
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream sample(String name) throws IOException {
        return Files.newInputStream(SAMPLES.resolve(name));
    }
}
