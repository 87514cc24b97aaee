package io.cartbridge.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.edifact.EdifactOrdersReader;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import io.cartbridge.edi.xml.XmlWarehouseOrderReader;
import org.junit.jupiter.api.Test;

/**
 * The customer reference travels beside the order number in every format (X12 940 {@code N9*CR}, EDIFACT ORDERS
 * {@code RFF+CO}, the warehouse XML's {@code CustomerReference}), is read back by each format's reader, and an order
 * without one writes none: two PrestaShop orders split from one cart, numbered apart, sharing the cart's reference.
 */
class CustomerReferenceTests {

    private static final PartnerEnvelope ENVELOPE = new PartnerEnvelope("ZZ", "SHOP", "ZZ", "ACME3PL", false, Map.of());
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    private static WarehouseOrder order(String number, String reference) {
        return new WarehouseOrder(number, number, LocalDateTime.of(2026, 12, 1, 0, 0), // a 940 carries the day only (G62)
                new Address("Jean Dupont", null, "1 rue de Rivoli", null, "Paris", null, "75001", "FR", null, null),
                "1", "UPSN", "GND", null, List.of(new OrderLine(1, "MUG-1", null, "Mug", 1, "EA")), reference);
    }

    private static final List<WarehouseOrder> ORDERS = List.of(order("11", "XKBKNABJK"), order("12", "XKBKNABJK"),
            order("13", null));

    private static byte[] write(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarehouseFormats.named(format).orderWriter(ENVELOPE, "SK").write(out, 7, NOW, ORDERS);
        return out.toByteArray();
    }

    @Test
    void x12WritesTheCustomerReferenceNumberInAnN9AndReadsItBack() throws IOException {
        byte[] file = write("x12");

        String text = new String(file, StandardCharsets.ISO_8859_1).replaceAll("\\R\\s*", "");
        assertThat(text).contains("W05*N*11*11~N1*ST*Jean Dupont~").contains("N9*CO*11~N9*CR*XKBKNABJK~N9*ZZ*1~")
                .contains("N9*CO*12~N9*CR*XKBKNABJK~").contains("N9*CO*13~N9*ZZ*1~");
        assertThat(text.split("N9\\*CR\\*", -1)).hasSize(3);
        assertThat(new X12WarehouseOrderReader().read(new ByteArrayInputStream(file)).orders()).isEqualTo(ORDERS);
    }

    @Test
    void edifactWritesTheBuyersOrderNumberInAnRffAndReadsItBack() throws IOException {
        byte[] file = write("edifact");

        String text = new String(file, StandardCharsets.ISO_8859_1).replaceAll("\\R\\s*", "");
        assertThat(text).contains("BGM+220+11+9'").contains("RFF+CR:11'RFF+CO:XKBKNABJK'NAD+BY")
                .contains("BGM+220+12+9'").contains("RFF+CR:13'NAD+BY");
        assertThat(text.split("RFF\\+CO:", -1)).hasSize(3);
        assertThat(new EdifactOrdersReader().read(new ByteArrayInputStream(file)).orders()).isEqualTo(ORDERS);
        assertThat(WarehouseFormats.named("edifact").validate(new ByteArrayInputStream(file)).valid()).isTrue();
    }

    @Test
    void xmlWritesTheOptionalElementTheSchemaDeclaresAndReadsItBack() throws IOException {
        byte[] file = write("xml");

        String text = new String(file, StandardCharsets.UTF_8).replaceAll("\\R\\s*", "");
        assertThat(text).contains("<CartOrderId>11</CartOrderId><CustomerReference>XKBKNABJK</CustomerReference>")
                .contains("<CartOrderId>13</CartOrderId><OrderDate>");
        assertThat(WarehouseFormats.named("xml").validate(new ByteArrayInputStream(file)).valid()).isTrue();
        assertThat(new XmlWarehouseOrderReader().read(new ByteArrayInputStream(file)).orders()).isEqualTo(ORDERS);
    }
}
