package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhpSerializedTests {

    @Test
    void serializesScalarsAsPhpDoes() {
        assertThat(PhpSerialized.serialize("abc")).isEqualTo("s:3:\"abc\";");
        assertThat(PhpSerialized.serialize("")).isEqualTo("s:0:\"\";");
        assertThat(PhpSerialized.serialize(42L)).isEqualTo("i:42;");
        assertThat(PhpSerialized.serialize(-7)).isEqualTo("i:-7;");
        assertThat(PhpSerialized.serialize(true)).isEqualTo("b:1;");
        assertThat(PhpSerialized.serialize(null)).isEqualTo("N;");
    }

    @Test
    void stringLengthsAreUtf8Bytes() {
        // "Søren" is 5 characters, 6 bytes; "📦" is 2 UTF-16 chars, 4 bytes
        assertThat(PhpSerialized.serialize("Søren")).isEqualTo("s:6:\"Søren\";");
        assertThat(PhpSerialized.serialize("📦")).isEqualTo("s:4:\"📦\";");
        assertThat(PhpSerialized.parse("s:6:\"Søren\";")).isEqualTo("Søren");
        assertThat(PhpSerialized.parse("s:16:\"Доставка\";")).isEqualTo("Доставка");
    }

    @Test
    void serializesNestedArraysLikePhp() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("tracking_number", "1Z999");
        entry.put("n", 3);
        assertThat(PhpSerialized.serialize(List.of(entry, "x")))
                .isEqualTo("a:2:{i:0;a:2:{s:15:\"tracking_number\";s:5:\"1Z999\";s:1:\"n\";i:3;}i:1;s:1:\"x\";}");
    }

    @Test
    void parsesWhatPhpWrites() {
        // as PHP 8 prints serialize([['tracking_provider' => '', 'custom_tracking_provider' => 'Posten Norge',
        // 'tracking_number' => 'LX123', 'date_shipped' => '1764115200']])
        String php = "a:1:{i:0;a:4:{s:17:\"tracking_provider\";s:0:\"\";s:24:\"custom_tracking_provider\";s:12:\"Posten Norge\";"
                + "s:15:\"tracking_number\";s:5:\"LX123\";s:12:\"date_shipped\";s:10:\"1764115200\";}}";
        Object parsed = PhpSerialized.parse(php);
        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> entry = (Map<?, ?>) ((Map<?, ?>) parsed).get(0L);
        assertThat(entry.get("custom_tracking_provider")).isEqualTo("Posten Norge");
        assertThat(entry.get("tracking_number")).isEqualTo("LX123");
        assertThat(PhpSerialized.serialize(parsed)).isEqualTo(php);
        assertThat(PhpSerialized.parse("a:2:{i:0;b:1;s:1:\"k\";N;}")).isEqualTo(mapOf(0L, true, "k", null));
    }

    @Test
    void nonAsciiRoundTripsWithByteLengthsEvenWhenTheyContainQuotesAndSemicolons() {
        String tricky = "Åland \"Post\"; 配送 🚚 \";}";
        String serialized = PhpSerialized.serialize(List.of(Map.of("custom_tracking_provider", tricky)));
        assertThat(serialized).contains("s:" + tricky.getBytes(StandardCharsets.UTF_8).length + ":\"");
        Map<?, ?> entry = (Map<?, ?>) ((Map<?, ?>) PhpSerialized.parse(serialized)).get(0L);
        assertThat(entry.get("custom_tracking_provider")).isEqualTo(tricky);
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> PhpSerialized.parse("s:5:\"abc\";")).isInstanceOf(IllegalArgumentException.class);
        // a character count instead of the byte count, as a naive writer would produce
        assertThatThrownBy(() -> PhpSerialized.parse("s:5:\"Søren\";")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhpSerialized.parse("a:2:{i:0;s:1:\"x\";}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhpSerialized.parse("O:8:\"stdClass\":0:{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhpSerialized.parse("i:1;junk")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackingItemsMergeKeepsOtherEntriesAndNeverDuplicatesANumber() {
        String theirs = "a:1:{i:0;a:3:{s:17:\"tracking_provider\";s:3:\"ups\";s:15:\"tracking_number\";s:5:\"1ZOLD\";"
                + "s:11:\"tracking_id\";s:3:\"abc\";}}";
        String merged = WooCommerceTrackingItems.merge(theirs, "S1", LocalDate.of(2026, 11, 26), "Østfold Frakt",
                List.of("1ZOLD", "1ZNEW", "1ZNEW"));
        List<Object> entries = WooCommerceTrackingItems.entries(merged);
        assertThat(WooCommerceTrackingItems.trackingNumbers(entries)).containsExactly("1ZOLD", "1ZNEW");
        assertThat(entries.get(0)).isEqualTo(((Map<?, ?>) PhpSerialized.parse(theirs)).get(0L));
        Map<?, ?> added = (Map<?, ?>) entries.get(1);
        assertThat(added.keySet().stream().map(String::valueOf).toList()).containsExactly("tracking_provider", "custom_tracking_provider", "custom_tracking_link",
                "tracking_number", "date_shipped", "tracking_id");
        assertThat(added.get("custom_tracking_provider")).isEqualTo("Østfold Frakt");
        assertThat(added.get("date_shipped")).isEqualTo("1795651200");
        assertThat((String) added.get("tracking_id")).matches("[0-9a-f]{32}")
                .isEqualTo(WooCommerceTrackingItems.trackingId("S1", "1ZNEW"))
                .isNotEqualTo(WooCommerceTrackingItems.trackingId("S2", "1ZNEW"));
    }

    private static Map<Object, Object> mapOf(Object k1, Object v1, Object k2, Object v2) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
