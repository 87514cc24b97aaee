package io.cartbridge.agent.cart.woocommerce;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PHP's {@code serialize()} format for the values WordPress meta holds here: strings (length in
 * UTF-8 bytes, as PHP counts), integers, booleans, null and arrays (ordered maps with integer or
 * string keys). Parsed strings are {@link String}, integers {@link Long}, arrays
 * {@code LinkedHashMap<Object, Object>} keyed by {@link Long} or {@link String}. Objects and floats
 * are not supported: meta written by CartBridge never holds them.
 */
final class PhpSerialized {

    private PhpSerialized() {
    }

    /**
     * Serializes a String, Integer/Long, Boolean, null, a List (keys 0..n-1) or a Map (Integer/Long
     * or String keys).
     */
    static String serialize(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.writeBytes("N;".getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("s:" + bytes.length + ":\"").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.writeBytes("\";".getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof Integer || value instanceof Long) {
            out.writeBytes(("i:" + value + ";").getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof Boolean b) {
            out.writeBytes((b ? "b:1;" : "b:0;").getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof List<?> list) {
            out.writeBytes(("a:" + list.size() + ":{").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < list.size(); i++) {
                write(out, (long) i);
                write(out, list.get(i));
            }
            out.write('}');
        } else if (value instanceof Map<?, ?> map) {
            out.writeBytes(("a:" + map.size() + ":{").getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object key = e.getKey();
                if (!(key instanceof String || key instanceof Integer || key instanceof Long)) {
                    throw new IllegalArgumentException("array keys are integers or strings: " + key);
                }
                write(out, key);
                write(out, e.getValue());
            }
            out.write('}');
        } else {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName());
        }
    }

    /** Parses one serialized value, the whole text; throws IllegalArgumentException when malformed. */
    static Object parse(String text) {
        Parser p = new Parser(text.getBytes(StandardCharsets.UTF_8));
        Object value = p.value();
        if (p.pos != p.in.length) {
            throw p.error("trailing data");
        }
        return value;
    }

    private static final class Parser {
        final byte[] in;
        int pos;

        Parser(byte[] in) {
            this.in = in;
        }

        Object value() {
            if (pos + 1 >= in.length) {
                throw error("unexpected end");
            }
            char type = (char) in[pos];
            if (type == 'N') {
                expect('N');
                expect(';');
                return null;
            }
            expect(type);
            expect(':');
            switch (type) {
                case 'i' -> {
                    long v = number(';');
                    return v;
                }
                case 'b' -> {
                    long v = number(';');
                    return v != 0;
                }
                case 's' -> {
                    int length = (int) number(':');
                    expect('"');
                    if (length < 0 || pos + length > in.length) {
                        throw error("string length " + length + " past the end");
                    }
                    String s = new String(in, pos, length, StandardCharsets.UTF_8);
                    pos += length;
                    expect('"');
                    expect(';');
                    return s;
                }
                case 'a' -> {
                    long count = number(':');
                    expect('{');
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (long i = 0; i < count; i++) {
                        Object key = value();
                        if (!(key instanceof Long || key instanceof String)) {
                            throw error("array key is neither integer nor string");
                        }
                        map.put(key, value());
                    }
                    expect('}');
                    return map;
                }
                default -> throw error("unsupported type '" + type + "'");
            }
        }

        private long number(char end) {
            int start = pos;
            while (pos < in.length && in[pos] != end) {
                pos++;
            }
            if (pos >= in.length) {
                throw error("unterminated number");
            }
            try {
                long v = Long.parseLong(new String(in, start, pos - start, StandardCharsets.US_ASCII));
                pos++;
                return v;
            } catch (NumberFormatException e) {
                throw error("not a number");
            }
        }

        private void expect(char c) {
            if (pos >= in.length || in[pos] != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException("PHP serialized value, byte " + pos + ": " + reason);
        }
    }
}
