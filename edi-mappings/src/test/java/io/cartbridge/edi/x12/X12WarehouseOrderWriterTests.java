package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.TestOrders.segments;
import static io.cartbridge.edi.x12.TestOrders.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12WarehouseOrderWriterTests {

    private final X12Settings settings = X12Settings.defaults("CARTBRIDGE", "ACMEWHSE");

    @Test
    void writesTheDocumentedLayoutSegmentBySegment() throws Exception {
        String edi = write(settings, 42, List.of(TestOrders.domestic()));

        assertThat(edi).isEqualTo("""
                ISA*00*          *00*          *ZZ*CARTBRIDGE     *ZZ*ACMEWHSE       *240515*0607*U*00401*000000042*0*P*>~
                GS*OW*CARTBRIDGE*ACMEWHSE*20240515*0607*42*X*004010~
                ST*940*0001~
                W05*N*WC-10021*10021~
                N1*ST*Jane Doe~
                N2*Doe Consulting LLC~
                N3*123 Main St*Apt 4B~
                N4*Springfield*IL*62704*US~
                PER*IC*Jane Doe*TE*217-555-0142*EM*jane.doe@example.com~
                N9*CO*WC-10021~
                N9*ZZ*UPS Ground~
                G62*04*20240514~
                NTE*WHI*Leave at the back door~
                W66*PP*M***GND*****UPSN~
                LX*1~
                W01*2*EA**SK*MUG-BLU-12*UP*012345678905~
                G69*Blue ceramic mug 12 oz~
                LX*2~
                W01*1*EA**SK*TEE-BLK-M~
                G69*Black T-shirt, size M~
                W76*3~
                SE*20*0001~
                GE*1*42~
                IEA*1*000000042~
                """);
    }

    @Test
    void envelopeCountsAndControlNumbersMatchWhatWasWritten() throws Exception {
        List<List<String>> segments = segments(write(settings, 123456789, List.of(
                TestOrders.domestic(), TestOrders.international(), TestOrders.domestic())));

        List<String> isa = segments.get(0);
        assertThat(isa).hasSize(17);
        assertThat(isa.get(5)).isEqualTo("ZZ");
        assertThat(isa.get(6)).isEqualTo("CARTBRIDGE     ").hasSize(15);
        assertThat(isa.get(7)).isEqualTo("ZZ");
        assertThat(isa.get(8)).isEqualTo("ACMEWHSE       ").hasSize(15);
        assertThat(isa.get(9)).isEqualTo("240515");
        assertThat(isa.get(10)).isEqualTo("0607");
        assertThat(isa.get(13)).isEqualTo("123456789");
        assertThat(isa.get(15)).isEqualTo("P");
        assertThat(isa.get(16)).isEqualTo(">");
        assertThat(segments.get(1)).containsExactly("GS", "OW", "CARTBRIDGE", "ACMEWHSE", "20240515", "0607",
                "123456789", "X", "004010");

        List<String> st02s = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < segments.size(); i++) {
            List<String> s = segments.get(i);
            if (s.get(0).equals("ST")) {
                start = i;
                st02s.add(s.get(2));
                assertThat(s.get(1)).isEqualTo("940");
            } else if (s.get(0).equals("SE")) {
                assertThat(Integer.parseInt(s.get(1))).as("SE01 of set %s", s.get(2)).isEqualTo(i - start + 1);
                assertThat(s.get(2)).isEqualTo(segments.get(start).get(2));
            }
        }
        assertThat(st02s).containsExactly("0001", "0002", "0003");
        assertThat(segments.get(segments.size() - 2)).containsExactly("GE", "3", "123456789");
        assertThat(segments.get(segments.size() - 1)).containsExactly("IEA", "1", "123456789");
    }

    @Test
    void version005010ChangesIsa11Isa12AndGs08Only() throws Exception {
        List<List<String>> v4 = segments(write(settings, 7, List.of(TestOrders.domestic())));
        List<List<String>> v5 = segments(write(settings.withVersion("005010"), 7, List.of(TestOrders.domestic())));

        assertThat(v4.get(0).subList(11, 13)).containsExactly("U", "00401");
        assertThat(v5.get(0).subList(11, 13)).containsExactly("^", "00501");
        assertThat(v4.get(1).get(8)).isEqualTo("004010");
        assertThat(v5.get(1).get(8)).isEqualTo("005010");
        assertThat(v5.subList(2, v5.size())).isEqualTo(v4.subList(2, v4.size()));
    }

    @Test
    void separatorsAndControlCharactersInDataBecomeSpaces() throws Exception {
        Address to = new Address("Ann*Lee~Smith", null, "1 Main>St\r\nBack door\tplease", null, "Austin", "TX",
                "78701", "US", null, null);
        WarehouseOrder order = new WarehouseOrder("A*1", "A~1", null, to, null, null, null, "ring\u0007 the bell",
                List.of(new OrderLine(1, "SKU^1", null, "Mug  (blue)\u0000", 1, "EA")));

        List<List<String>> segments = segments(write(settings.withVersion("005010"), 1, List.of(order)));

        assertThat(segments).contains(List.of("W05", "N", "A 1", "A 1"), List.of("N1", "ST", "Ann Lee Smith"),
                List.of("N3", "1 Main St Back door please"), List.of("NTE", "WHI", "ring the bell"),
                List.of("W01", "1", "EA", "", "SK", "SKU 1"), List.of("G69", "Mug (blue)"));
    }

    @Test
    void longValuesAreCutToTheElementMaximum() throws Exception {
        String x = "x".repeat(300);
        Address to = new Address("N" + x, "C" + x, "L" + x, "M" + x, "T" + x, "ILLINOIS", "P" + x, "USA1",
                "1" + x, "e" + x);
        WarehouseOrder order = new WarehouseOrder("O" + x, "I" + x, null, to, "S" + x, "UPSNX", "G" + x, "R" + x,
                List.of(new OrderLine(1, "K" + x, "0" + x, "D" + x, 1, "EACH")));

        List<List<String>> s = segments(write(settings, 1, List.of(order)));

        assertThat(find(s, "W05").get(2)).hasSize(22);
        assertThat(find(s, "W05").get(3)).hasSize(22);
        assertThat(find(s, "N1").get(2)).hasSize(60);
        assertThat(find(s, "N2").get(1)).hasSize(60);
        assertThat(find(s, "N3").subList(1, 3)).allSatisfy(v -> assertThat(v).hasSize(55));
        assertThat(find(s, "N4").subList(1, 5)).containsExactly("T" + x.substring(0, 29), "IL",
                "P" + x.substring(0, 14), "USA");
        assertThat(find(s, "PER").get(2)).hasSize(60);
        assertThat(find(s, "PER").get(4)).hasSize(80);
        assertThat(find(s, "PER").get(6)).hasSize(80);
        assertThat(find(s, "N9").get(2)).hasSize(30);
        assertThat(find(s, "NTE").get(2)).hasSize(80);
        assertThat(find(s, "W66").get(5)).hasSize(35);
        assertThat(find(s, "W66").get(10)).isEqualTo("UPSN");
        assertThat(find(s, "W01").get(2)).isEqualTo("EA");
        assertThat(find(s, "W01").get(5)).hasSize(48);
        assertThat(find(s, "G69").get(1)).hasSize(45);
    }

    @Test
    void aPartnerKeyedByAnotherQualifierGetsItInW01AndTheReaderTakesItBack() throws Exception {
        WarehouseOrder order = new WarehouseOrder("7", "7", null, TestOrders.international().shipTo(), null, null, null,
                null, List.of(new OrderLine(1, "WH-MUG-12", "012345678905", "Mug", 2, "EA"),
                        new OrderLine(2, "WH-TEE-RM", null, null, 1, "EA")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new X12WarehouseOrderWriter(settings, "BP").write(out, 3, TestOrders.CREATED, List.of(order));

        String edi = out.toString(StandardCharsets.UTF_8);
        assertThat(edi).contains("W01*2*EA**BP*WH-MUG-12*UP*012345678905~", "W01*1*EA**BP*WH-TEE-RM~");
        X12OrderFile read = new X12WarehouseOrderReader().read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(read.orders().get(0).lines()).extracting(OrderLine::sku).containsExactly("WH-MUG-12", "WH-TEE-RM");
    }

    @Test
    void aGtinOrMalformedItemQualifierIsRefused() {
        for (String qualifier : List.of("UP", "EN", "UK", "sk", "S", "ABCD")) {
            assertThatIllegalArgumentException().isThrownBy(() -> new X12WarehouseOrderWriter(settings, qualifier))
                    .withMessageContaining("'" + qualifier + "'");
        }
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8AndEmojiAreDropped() throws Exception {
        Address to = new Address("Zoë Müller 😀", null, "Łąkowa 3", null, "Łódź", null, "90-001", "PL", null, null);
        WarehouseOrder order = new WarehouseOrder("1", "1", null, to, null, null, null, null,
                List.of(new OrderLine(1, "S", null, "Crème brûlée\u200B set", 1, "EA")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new X12WarehouseOrderWriter(settings).write(out, 1, TestOrders.CREATED, List.of(order));

        String edi = out.toString(StandardCharsets.UTF_8);
        assertThat(edi).contains("N1*ST*Zoë Müller~", "N4*Łódź**90-001*PL~", "G69*Crème brûlée set~");
        byte[] lodz = "Łódź".getBytes(StandardCharsets.UTF_8);
        assertThat(lodz).hasSize(7);
        assertThat(indexOf(out.toByteArray(), lodz)).isPositive();
    }

    @Test
    void customSeparatorsWithoutLineBreaks() throws Exception {
        X12Settings pipes = new X12Settings("004010", "01", "123456789", "12", "8005551234", 'T', '|', '!', ':', false);

        String edi = write(pipes, 5, List.of(TestOrders.international()));

        assertThat(edi).doesNotContain("\n").startsWith("ISA|00|").endsWith("IEA|1|000000005!");
        List<List<String>> s = segments(edi, '|', '!');
        assertThat(s.get(0).subList(5, 9)).containsExactly("01", "123456789      ", "12", "8005551234     ");
        assertThat(s.get(0).get(15)).isEqualTo("T");
        assertThat(s.get(0).get(16)).isEqualTo(":");
        assertThat(find(s, "W01")).containsExactly("W01", "3", "EA", "", "SK", "CANDLE-LAV", "EN", "4006381333931");
    }

    @Test
    void rejectsWhatCannotBecomeA940() {
        X12WarehouseOrderWriter writer = new X12WarehouseOrderWriter(settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarehouseOrder noLines = new WarehouseOrder("1", "1", null, TestOrders.domestic().shipTo(), null, null,
                null, null, List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(out, 0, TestOrders.CREATED, List.of(TestOrders.domestic())))
                .withMessageContaining("outside 1..999999999");
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(out, 1_000_000_000L, TestOrders.CREATED, List.of(TestOrders.domestic())));
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(out, 1, TestOrders.CREATED, List.of()))
                .withMessageContaining("at least one order");
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(out, 1, TestOrders.CREATED, List.of(noLines)))
                .withMessageContaining("has no lines");
        assertThat(out.size()).isZero();
    }

    @Test
    void fiftyThousandOrdersMakeOneConsistentInterchange() throws Exception {
        List<WarehouseOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            orders.add(i % 2 == 0 ? TestOrders.domestic() : TestOrders.international());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);

        new X12WarehouseOrderWriter(settings).write(out, 99, TestOrders.CREATED, orders);

        X12OrderFile file = new X12WarehouseOrderReader().read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(file.orders()).hasSize(50_000);
        assertThat(file.transactionControlNumbers().get(49_999)).isEqualTo("50000");
        assertThat(file.orders().get(49_999)).isEqualTo(TestOrders.international());
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("GE*50000*99~\nIEA*1*000000099~\n");
    }

    private static List<String> find(List<List<String>> segments, String tag) {
        return segments.stream().filter(s -> s.get(0).equals(tag)).findFirst().orElseThrow();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
