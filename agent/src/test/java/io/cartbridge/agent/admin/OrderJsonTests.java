package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.Test;

class OrderJsonTests {

    static final List<OrderLine> LINES = List.of(new OrderLine(1, "MUG-BLU-12", "012345678905", "Mug", 2, "EA"),
            new OrderLine(2, "TEE-RED-M", null, "Tee", 1, "EA"));

    @Test
    void anOrderGivesItsNumberCarrierShipToAndLinesInThatOrder() throws Exception {
        Address shipTo = new Address("Maria Lopez", "Lopez Ceramics LLC", "400 Market Street", "Suite 12", "Austin",
                "TX", "78701", "US", "+1 512 555 0100", "maria@example.com");
        WarehouseOrder order = new WarehouseOrder("WC-10021", "10021", LocalDateTime.of(2024, 5, 15, 9, 30), shipTo,
                "flat_rate", "UPSN", "GND", "leave at the door", LINES);

        assertThat(JsonWriting.of(json -> OrderJson.write(json, order))).isEqualTo("{\"type\":\"WarehouseOrder\","
                + "\"orderNumber\":\"WC-10021\",\"carrier\":\"UPSN\",\"serviceLevel\":\"GND\","
                + "\"shipTo\":{\"name\":\"Maria Lopez\",\"line1\":\"400 Market Street\",\"city\":\"Austin\","
                + "\"postalCode\":\"78701\",\"country\":\"US\"},"
                + "\"lines\":[{\"sku\":\"MUG-BLU-12\",\"upc\":\"012345678905\",\"quantity\":2},"
                + "{\"sku\":\"TEE-RED-M\",\"upc\":null,\"quantity\":1}]}");
    }

    @Test
    void anOrderWithoutShipToHasNoShipToKeyAndNullCarrier() throws Exception {
        WarehouseOrder cancellation = new WarehouseOrder("WC-10022", "10022", null, null, null, null, null, null,
                List.of());

        assertThat(JsonWriting.of(json -> OrderJson.write(json, cancellation))).isEqualTo("{\"type\":\"WarehouseOrder\","
                + "\"orderNumber\":\"WC-10022\",\"carrier\":null,\"serviceLevel\":null,\"lines\":[]}");
    }
}
