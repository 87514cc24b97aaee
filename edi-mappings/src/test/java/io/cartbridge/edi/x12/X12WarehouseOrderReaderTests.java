package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12WarehouseOrderReaderTests {

    private final X12WarehouseOrderReader reader = new X12WarehouseOrderReader();

    @Test
    void roundTripKeepsEveryFieldOfEveryOrder() throws Exception {
        X12Settings settings = new X12Settings("005010", "01", "123456789", "ZZ", "ACMEWHSE", 'T', '*', '~', '>', true);
        List<WarehouseOrder> orders = List.of(TestOrders.domestic(), TestOrders.international());

        X12OrderFile file = read(TestOrders.write(settings, 31337, orders));

        assertThat(file.senderQualifier()).isEqualTo("01");
        assertThat(file.senderId()).isEqualTo("123456789");
        assertThat(file.receiverQualifier()).isEqualTo("ZZ");
        assertThat(file.receiverId()).isEqualTo("ACMEWHSE");
        assertThat(file.usageIndicator()).isEqualTo('T');
        assertThat(file.version()).isEqualTo("005010");
        assertThat(file.interchangeControlNumber()).isEqualTo(31337);
        assertThat(file.groupControlNumber()).isEqualTo(31337);
        assertThat(file.transactionControlNumbers()).containsExactly("0001", "0002");

        WarehouseOrder first = file.orders().get(0);
        assertThat(first.orderNumber()).isEqualTo("WC-10021");
        assertThat(first.cartOrderId()).isEqualTo("10021");
        assertThat(first.orderDate()).isEqualTo(LocalDateTime.of(2024, 5, 14, 0, 0));
        assertThat(first.shippingMethod()).isEqualTo("UPS Ground");
        assertThat(first.carrierCode()).isEqualTo("UPSN");
        assertThat(first.serviceLevel()).isEqualTo("GND");
        assertThat(first.customerNote()).isEqualTo("Leave at the back door");
        Address a = first.shipTo();
        assertThat(List.of(a.name(), a.company(), a.line1(), a.line2(), a.city(), a.state(), a.postalCode(),
                a.country(), a.phone(), a.email())).containsExactly("Jane Doe", "Doe Consulting LLC", "123 Main St",
                "Apt 4B", "Springfield", "IL", "62704", "US", "217-555-0142", "jane.doe@example.com");
        assertThat(first.lines()).extracting(OrderLine::lineNumber, OrderLine::sku, OrderLine::upc,
                OrderLine::description, OrderLine::quantity, OrderLine::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "MUG-BLU-12", "012345678905", "Blue ceramic mug 12 oz", 2, "EA"),
                org.assertj.core.groups.Tuple.tuple(2, "TEE-BLK-M", null, "Black T-shirt, size M", 1, "EA"));

        WarehouseOrder second = file.orders().get(1);
        assertThat(second.shipTo().name()).isEqualTo("Zoë Müller");
        assertThat(second.shipTo().city()).isEqualTo("Łódź");
        assertThat(second.shipTo().company()).isNull();
        assertThat(second.shipTo().phone()).isNull();
        assertThat(second.lines().get(0).description()).isEqualTo("Świeca lawendowa");
        assertThat(second.lines().get(1).lineNumber()).isEqualTo(7);
        assertThat(file.orders()).containsExactlyElementsOf(orders);
    }

    @Test
    void readsTheThirdPartySample940() throws Exception {
        X12OrderFile file = read(sample("test_940_2.edi"));

        assertThat(file.senderQualifier()).isEqualTo("01");
        assertThat(file.senderId()).isEqualTo("BIGETP");
        assertThat(file.receiverId()).isEqualTo("035230000");
        assertThat(file.usageIndicator()).isEqualTo('P');
        assertThat(file.version()).isEqualTo("004010");
        assertThat(file.interchangeControlNumber()).isEqualTo(575103);
        assertThat(file.groupControlNumber()).isEqualTo(575103);
        assertThat(file.transactionControlNumbers()).containsExactly("0001");
        WarehouseOrder order = file.orders().get(0);
        assertThat(order.orderNumber()).isEqualTo("0080215659");
        assertThat(order.cartOrderId()).isEqualTo("4000207344");
        assertThat(order.orderDate()).isNull();
        assertThat(order.carrierCode()).isEqualTo("CALL");
        assertThat(order.serviceLevel()).isNull();
        assertThat(order.shipTo()).isEqualTo(new Address("Atlanta Technology", "Co Ltd B2-1-2, Building 2, Marrietta",
                "No 27 Huangping Road", null, "Chicago", "010", "100096", "CN", null, null));
        assertThat(order.lines()).containsExactly(
                new OrderLine(1, "E000169", "000619002280", "ET1929LM-7BOO-1-WH-G", 2, "PC"));
    }

    @Test
    void aCancellationMayComeWithoutLinesButAnOrderMayNot() throws Exception {
        X12OrderFile cancel = read(sample("940-valid-cancellation-without-lines.edi"));
        assertThat(cancel.orders()).singleElement().satisfies(order -> {
            assertThat(order.orderNumber()).isEqualTo("18061923");
            assertThat(order.shipTo().name()).isEqualTo("TRADER JOES COMPANY");
            assertThat(order.shipTo().city()).isEqualTo("STOCKTON");
            assertThat(order.lines()).isEmpty();
        });

        String order = new String(Files.readAllBytes(java.nio.file.Path.of("../sample-data/edi/x12/"
                + "940-valid-cancellation-without-lines.edi")), StandardCharsets.UTF_8).replace("W05*F*", "W05*N*");
        EdiException rejected = catchThrowableOfType(EdiException.class,
                () -> read(new ByteArrayInputStream(order.getBytes(StandardCharsets.UTF_8))));
        assertThat(rejected.errors()).extracting(EdiError::message)
                .containsExactly("Transaction set 43130001 lacks a valid line (LX/W01).");
    }

    @Test
    void readsEveryOrderOfSeveralInterchangesAndUnusualSeparators() throws Exception {
        X12OrderFile two = read(sample("940-valid-two-interchanges.edi"));
        assertThat(two.interchangeControlNumber()).isEqualTo(1005);
        assertThat(two.transactionControlNumbers()).containsExactly("0001", "0001");
        assertThat(two.orders()).extracting(WarehouseOrder::orderNumber).containsExactly("WC-10021", "WC-10022");

        X12OrderFile crlf = read(sample("940-valid-005010-crlf.edi"));
        assertThat(crlf.version()).isEqualTo("005010");
        assertThat(crlf.orders()).extracting(o -> o.shipTo().name()).containsExactly("Jane Doe", "Zoë Müller");
        assertThat(crlf.orders().get(1).shipTo().company()).isEqualTo("Müller & Söhne GmbH");

        X12OrderFile oneLine = read(sample("940-valid-004010-no-line-breaks.edi"));
        assertThat(oneLine.orders()).singleElement().extracting(WarehouseOrder::orderNumber).isEqualTo("WC-10021");

        X12OrderFile pipes = read(sample("940-valid-004010-pipe-separators.edi"));
        assertThat(pipes.senderQualifier()).isEqualTo("01");
        assertThat(pipes.orders().get(0).lines().get(0).upc()).isEqualTo("4006381333931");
        assertThat(pipes.orders().get(0).customerNote()).isEqualTo("Please ring twice");
    }

    @ParameterizedTest
    @CsvSource({
        "test_940_1.edi,               32, GE,  GE02_MISMATCH",
        "940-broken-se-count.edi,      20, SE,  SE_COUNT",
        "940-broken-se02-mismatch.edi, 35, SE,  SE02_MISMATCH",
        "940-broken-ge-count.edi,      36, GE,  GE_COUNT",
        "940-broken-iea-mismatch.edi,  37, IEA, IEA02_MISMATCH",
        "940-broken-isa-short.edi,      1, ISA, MALFORMED_ISA",
        "940-broken-truncated.edi,     27, PER, TRUNCATED",
        "x12-unsupported-810.edi,       3, ST,  UNSUPPORTED_TRANSACTION",
        "not-x12.txt,                   0, '',  UNKNOWN_FORMAT",
    })
    void rejectsBrokenSamplesNamingTheFirstErrorAndItsPosition(String file, int position, String tag, String code)
            throws Exception {
        EdiException e = catchThrowableOfType(EdiException.class, () -> reader.read(sample(file)));

        assertThat(e).isNotNull();
        EdiError first = e.errors().get(0);
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.segmentPosition()).isEqualTo(position);
        assertThat(first.segmentTag()).isEqualTo(tag);
        assertThat(e.getMessage()).contains(code);
    }

    @Test
    void test9401ReportsBothEnvelopeMismatches() throws Exception {
        EdiException e = catchThrowableOfType(EdiException.class, () -> reader.read(sample("test_940_1.edi")));

        assertThat(e.errors()).extracting(EdiError::segmentPosition, EdiError::code).contains(
                org.assertj.core.groups.Tuple.tuple(32, "GE02_MISMATCH"),
                org.assertj.core.groups.Tuple.tuple(33, "IEA02_MISMATCH"));
    }

    @Test
    void rejectsEmptyBinaryAndEnvelopeWithout940Content() {
        assertThat(codes(new byte[0])).containsExactly("EMPTY");
        assertThat(codes(" \r\n ".getBytes(StandardCharsets.US_ASCII))).containsExactly("EMPTY");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[0] = 0;
        assertThat(codes(binary)).containsExactly("UNKNOWN_FORMAT");
        String noShipTo = """
                ISA*00*          *00*          *ZZ*A              *ZZ*B              *240515*0600*U*00401*000000001*0*T*>~
                GS*OW*AA*BB*20240515*0600*1*X*004010~
                ST*940*0001~
                W05*N*1~
                LX*1~
                W01*x*EA**SK*S~
                SE*5*0001~
                GE*1*1~
                IEA*1*000000001~
                """;
        EdiException e = catchThrowableOfType(EdiException.class,
                () -> reader.read(new ByteArrayInputStream(noShipTo.getBytes(StandardCharsets.US_ASCII))));
        assertThat(e.errors()).extracting(EdiError::segmentPosition, EdiError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "MISSING_DATA"),
                org.assertj.core.groups.Tuple.tuple(6, "INVALID_ELEMENT"),
                org.assertj.core.groups.Tuple.tuple(6, "MISSING_DATA"));
        assertThat(e.errors().get(0).message()).isEqualTo("Transaction set 0001 lacks a ship-to address (N1*ST).");
    }

    @Test
    void damagedCopiesOfAValidFileEitherReadOrFailWithEdiErrors() throws Exception {
        byte[] valid = Files.readAllBytes(TestOrders.SAMPLES.resolve("940-valid-004010.edi"));
        Random random = new Random(42);
        int rejected = 0;
        for (int round = 0; round < 300; round++) {
            byte[] copy = valid.clone();
            int cut = round % 3 == 0 ? 1 + random.nextInt(copy.length - 1) : copy.length;
            for (int i = 0; i < 3; i++) {
                copy[random.nextInt(cut)] = (byte) random.nextInt(256);
            }
            try {
                X12OrderFile file = reader.read(new ByteArrayInputStream(copy, 0, cut));
                assertThat(file.orders()).isNotEmpty();
            } catch (EdiException e) {
                rejected++;
                assertThat(e.errors()).allSatisfy(err -> assertThat(err.code()).isNotBlank().matches("[A-Z0-9_]+"));
            }
        }
        assertThat(rejected).isGreaterThan(100);
    }

    private List<String> codes(byte[] content) {
        EdiException e = catchThrowableOfType(EdiException.class, () -> reader.read(new ByteArrayInputStream(content)));
        return e.errors().stream().map(EdiError::code).toList();
    }

    private X12OrderFile read(String edi) {
        return reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.UTF_8)));
    }

    private X12OrderFile read(InputStream in) {
        return reader.read(in);
    }

    static InputStream sample(String name) throws IOException {
        return new ByteArrayInputStream(Files.readAllBytes(TestOrders.SAMPLES.resolve(name)));
    }
}
