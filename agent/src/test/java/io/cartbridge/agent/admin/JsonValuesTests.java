package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonValuesTests {

    @Test
    void wholeQuantitiesLoseTheirDecimalsOthersKeepThemAndMissingOnesAreNull() throws Exception {
        String json = JsonWriting.of(g -> {
            g.writeStartObject();
            JsonValues.number(g, "whole", new BigDecimal("2.000"));
            JsonValues.number(g, "hundred", new BigDecimal("1E+2"));
            JsonValues.number(g, "weight", new BigDecimal("4.20"));
            JsonValues.number(g, "missing", null);
            g.writeEndObject();
        });

        assertThat(json).isEqualTo("{\"whole\":2,\"hundred\":100,\"weight\":4.20,\"missing\":null}");
    }

    @Test
    void itemIdsKeepTheirQualifiersInFileOrder() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("VN", "WH-TEE-RM");
        ids.put("BP", "CART-TEE");
        ids.put("SK", "TEE-RED-M");

        String json = JsonWriting.of(g -> {
            g.writeStartObject();
            JsonValues.itemIds(g, ids);
            g.writeEndObject();
        });

        assertThat(json).isEqualTo("{\"itemIds\":{\"VN\":\"WH-TEE-RM\",\"BP\":\"CART-TEE\",\"SK\":\"TEE-RED-M\"}}");
    }
}
