package io.cartbridge.edi.edifact;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Orders, random generators and file helpers shared by the EDIFACT tests. */
final class EdifactTestData {

    static final Path SAMPLES = Path.of("../sample-data/edifact");
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 15, 6, 7);
    static final String SEPARATORS = "+:?'";

    private EdifactTestData() {
    }

    static EdifactSettings settings() {
        return EdifactSettings.defaults("4012345000009", "4098765000002");
    }

    static WarehouseOrder domestic() {
        Address to = new Address("Jane O'Doe", "Doe + Partner GmbH", "Hauptstraße 12", "Hinterhaus", "München", "BY",
                "80331", "DE", "+49 89 1234567", "jane.doe@example.com");
        return new WarehouseOrder("WC-10021", "10021", LocalDateTime.of(2024, 5, 14, 9, 30, 15), to, "DHL Paket",
                "DHL", "PAKET", "Bitte beim Nachbarn abgeben? Danke: Jane", List.of(
                        new OrderLine(1, "MUG-BLU-12", "4006381333931", "Blue ceramic mug 12 oz", 2, "PCE"),
                        new OrderLine(2, "TEE-BLK-M", null, "Black T-shirt, size M", 1, "PCE")));
    }

    static String write(EdifactSettings settings, long reference, List<WarehouseOrder> orders) {
        return new String(bytes(settings, reference, orders), Charset.forName(charset(settings.syntaxIdentifier())));
    }

    static byte[] bytes(EdifactSettings settings, long reference, List<WarehouseOrder> orders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new EdifactOrdersWriter(settings).write(out, reference, CREATED, orders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String charset(String syntaxIdentifier) {
        return switch (syntaxIdentifier) {
            case "UNOW" -> "UTF-8";
            case "UNOC" -> "ISO-8859-1";
            default -> "US-ASCII";
        };
    }

    static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream sample(String name) {
        try {
            return Files.newInputStream(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random orders whose text fits what ORDERS carries, so that write then read gives them back unchanged. */
    static final class Generator {

        private static final String LATIN1 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789äöüßÄÖÜéèñçøÅ.,-&/()"
                + SEPARATORS;
        private static final String WIDE = LATIN1 + "ŁłŚśŻźĆćĘęÑЖжΩλ東京日本語€";

        private final Random random;
        private final String alphabet;

        Generator(long seed, boolean unicode) {
            this.random = new Random(seed);
            this.alphabet = unicode ? WIDE : LATIN1;
        }

        List<WarehouseOrder> orders(int count) {
            List<WarehouseOrder> orders = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                orders.add(order(i));
            }
            return orders;
        }

        WarehouseOrder order(int i) {
            Address to = new Address(text(20, 69), maybe(text(3, 46)), text(5, 46), maybe(text(3, 46)), text(2, 35),
                    maybe(word(2, 9)), maybe(word(3, 9)), random.nextBoolean() ? "DE" : "PL", maybe(word(5, 20)),
                    maybe(word(3, 12) + "@example.com"));
            List<OrderLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int n = 1; n <= count; n++) {
                lines.add(new OrderLine(n, word(1, 35), random.nextBoolean() ? "400638133393" + n : null,
                        maybe(text(1, 46)), 1 + random.nextInt(999), random.nextBoolean() ? "PCE" : "EA"));
            }
            LocalDateTime date = random.nextBoolean() ? null
                    : LocalDateTime.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28),
                            random.nextInt(24), random.nextInt(60), random.nextInt(60));
            return new WarehouseOrder("O-" + i + "-" + word(1, 20), "C" + i + word(0, 10), date, to,
                    maybe(text(3, 280)), maybe(word(2, 17)), maybe(word(1, 17)), maybe(text(1, 280)), lines);
        }

        /** Words of up to 12 characters separated by single spaces, {@code min} to {@code max} characters long. */
        String text(int min, int max) {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder();
            while (out.length() < length) {
                if (out.length() > 0 && out.length() < length - 1) {
                    out.append(' ');
                }
                int word = Math.min(1 + random.nextInt(12), length - out.length());
                for (int i = 0; i < word; i++) {
                    out.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
            }
            String s = out.toString().strip();
            return s.isEmpty() ? "x" : s;
        }

        String word(int min, int max) {
            String s = text(Math.max(1, min), max).replace(" ", "");
            return s.isEmpty() ? "x" : s;
        }

        private String maybe(String value) {
            return random.nextInt(4) == 0 ? null : value;
        }
    }
}
