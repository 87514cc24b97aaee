package io.cartbridge.agent.cart.magento2.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.cart.magento2.Magento2Properties;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class Magento2ApiPropertiesTests {

    private static final String PREFIX = "cartbridge.stores.shop.magento2.api";

    @Test
    void theApiNeedsAnHttpsAddressAndTheAccessToken() {
        assertThatThrownBy(() -> Magento2ApiProperties.none().validate(PREFIX)).isInstanceOf(ConfigurationException.class)
                .hasMessage(PREFIX + ".url must be set");
        assertThatThrownBy(() -> new Magento2ApiProperties("http://shop.example", "t0k3n", null, null, null, null, null).validate(PREFIX))
                .hasMessage(PREFIX + ".url must be an https:// address of the shop (the credentials travel with every "
                        + "request), not 'http://shop.example'");
        assertThatThrownBy(() -> new Magento2ApiProperties("https://shop.example", " ", null, null, null, null, null).validate(PREFIX))
                .hasMessage(PREFIX + ".access-token must be set");
        assertThatThrownBy(() -> new Magento2ApiProperties("https://shop.example", "Bearer t0k3n", null, null, null, null, null)
                .validate(PREFIX)).hasMessageStartingWith(PREFIX + ".access-token must be the integration's access token");
        assertThatThrownBy(() -> new Magento2ApiProperties("https://shop.example", "t0k3n", 0.0, null, null, null, null).validate(PREFIX))
                .hasMessage(PREFIX + ".rate-limit must be more than 0 requests per second, not 0.0");
    }

    @Test
    void defaultsAreTenRequestsASecondAndFourAttemptsAndTheTokenIsNeverShown() {
        Magento2ApiProperties api = new Magento2ApiProperties(" https://shop.example/ ", "t0k3nSECRET", null, null, null, null, null);
        api.validate(PREFIX);
        assertThat(api.base().toString()).isEqualTo("https://shop.example/rest/");
        assertThat(api.limits().rateLimit()).isEqualTo(10.0);
        assertThat(api.maxAttempts()).isEqualTo(4);
        assertThat(api.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(api.toString()).contains("accessToken=****").doesNotContain("SECRET");
    }

    @Test
    void writeBackApiOnAMagentoStoreBindsAndChecksItsApiSettings() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.stores.shop.platform", "magento2");
        p.put("cartbridge.stores.shop.url", "jdbc:mariadb://db:3306/magento");
        p.put("cartbridge.stores.shop.write-back", "api");
        p.put("cartbridge.stores.shop.magento2.api.url", "https://shop.example");
        p.put("cartbridge.stores.shop.magento2.api.rate-limit", "4");

        assertThatThrownBy(() -> bind(p)).isInstanceOf(ConfigurationException.class).hasMessage(PREFIX + ".access-token must be set");

        p.put("cartbridge.stores.shop.magento2.api.access-token", "t0k3n");
        Magento2Properties settings = (Magento2Properties) bind(p).settings();
        assertThat(settings.api().url()).isEqualTo("https://shop.example");
        assertThat(settings.api().rateLimit()).isEqualTo(4.0);
    }

    private static CartProperties bind(Map<String, Object> p) {
        Map<String, Object> all = new LinkedHashMap<>(p);
        all.put("cartbridge.partners.acme.x12.sender-id", "SHOP");
        all.put("cartbridge.partners.acme.x12.receiver-id", "ACME");
        all.put("cartbridge.partners.acme.sftp.host", "acme.example");
        all.put("cartbridge.partners.acme.sftp.username", "shop");
        all.put("cartbridge.partners.acme.sftp.password", "secret");
        all.put("cartbridge.partners.acme.sftp.known-hosts", "/etc/cartbridge/known_hosts");
        all.put("cartbridge.connections.main.store", "shop");
        all.put("cartbridge.connections.main.partner", "acme");
        return Connections.bind(new Binder(new MapConfigurationPropertySource(all))).get("main").cart();
    }

    @Test
    void magentosErrorsHaveTheirParametersPutIntoTheMessage() {
        Magento2ApiErrors errors = new Magento2ApiErrors();
        assertThat(errors.read(400, bytes("{\"message\":\"The \\\"%1\\\" value's type is invalid. The \\\"%2\\\" type was "
                + "expected.\",\"parameters\":[\"abc\",\"int\"]}")))
                .isEqualTo(new io.cartbridge.agent.cart.api.CartApiErrors.Reason("Bad Request",
                        "The \"abc\" value's type is invalid. The \"int\" type was expected."));
        assertThat(errors.read(401, bytes("{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Sales::ship\"}}")).message())
                .isEqualTo("The consumer isn't authorized to access Magento_Sales::ship.");
        assertThat(errors.read(404, bytes("{\"message\":\"No such entity with %fieldName = %fieldValue\","
                + "\"parameters\":{\"fieldName\":\"orderId\",\"fieldValue\":7}}")).message())
                .isEqualTo("No such entity with orderId = 7");
        assertThat(Magento2ApiErrors.render("%1 and %10", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .arrayNode().add("a").add("b").add("c").add("d").add("e").add("f").add("g").add("h").add("i").add("j")))
                .isEqualTo("a and j");
        assertThat(errors.read(502, bytes("<html>Bad gateway</html>"))).isEqualTo(
                new io.cartbridge.agent.cart.api.CartApiErrors.Reason("Bad Gateway", ""));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
