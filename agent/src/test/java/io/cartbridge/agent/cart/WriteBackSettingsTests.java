package io.cartbridge.agent.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cartbridge.agent.cart.woocommerce.WooCommerceProperties;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiProperties;
import io.cartbridge.agent.connections.Connections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code write-back: api | sql} per store, and the WooCommerce API settings it needs, each error naming its property. */
class WriteBackSettingsTests {

    private static Map<String, Object> store() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.stores.shop.url", "jdbc:mariadb://db:3306/shop");
        p.put("cartbridge.partners.acme.x12.sender-id", "SHOP");
        p.put("cartbridge.partners.acme.x12.receiver-id", "ACME");
        p.put("cartbridge.partners.acme.sftp.host", "acme.example");
        p.put("cartbridge.partners.acme.sftp.username", "shop");
        p.put("cartbridge.partners.acme.sftp.password", "secret");
        p.put("cartbridge.partners.acme.sftp.known-hosts", "/etc/cartbridge/known_hosts");
        p.put("cartbridge.connections.main.store", "shop");
        p.put("cartbridge.connections.main.partner", "acme");
        return p;
    }

    private static CartProperties cart(Map<String, Object> p) {
        return Connections.bind(new Binder(new MapConfigurationPropertySource(p))).get("main").cart();
    }

    @Test
    void sqlIsTheDefault() {
        CartProperties cart = cart(store());

        assertThat(cart.writeBackMode()).isEqualTo(WriteBack.SQL);
        assertThat(((WooCommerceProperties) cart.settings()).api()).isEqualTo(WooCommerceApiProperties.none());
    }

    @Test
    void apiBindsTheShopsRestSettings() {
        Map<String, Object> p = store();
        p.put("cartbridge.stores.shop.write-back", "api");
        p.put("cartbridge.stores.shop.woocommerce.api.url", "https://shop.example.com/");
        p.put("cartbridge.stores.shop.woocommerce.api.consumer-key", "ck_live_key");
        p.put("cartbridge.stores.shop.woocommerce.api.consumer-secret", "cs_live_secret");
        p.put("cartbridge.stores.shop.woocommerce.api.rate-limit", "2.5");
        p.put("cartbridge.stores.shop.woocommerce.api.timeout", "20s");

        CartProperties cart = cart(p);

        assertThat(cart.writeBackMode()).isEqualTo(WriteBack.API);
        WooCommerceApiProperties api = ((WooCommerceProperties) cart.settings()).api();
        assertThat(api.rateLimit()).isEqualTo(2.5);
        assertThat(api.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(api.maxAttempts()).isEqualTo(4);
        assertThat(cart.toString()).contains("writeBack=api").contains("consumerKey=****, consumerSecret=****")
                .doesNotContain("ck_live_key").doesNotContain("cs_live_secret");
    }

    @Test
    void apiWithoutCredentialsNamesTheMissingProperty() {
        Map<String, Object> p = store();
        p.put("cartbridge.stores.shop.write-back", "api");
        assertThatThrownBy(() -> cart(p)).hasMessage("cartbridge.stores.shop.woocommerce.api.url must be set");

        p.put("cartbridge.stores.shop.woocommerce.api.url", "http://shop.example.com");
        assertThatThrownBy(() -> cart(p)).hasMessageStartingWith(
                "cartbridge.stores.shop.woocommerce.api.url must be an https:// address of the shop");

        p.put("cartbridge.stores.shop.woocommerce.api.url", "https://shop.example.com");
        assertThatThrownBy(() -> cart(p)).hasMessage("cartbridge.stores.shop.woocommerce.api.consumer-key must be set");

        p.put("cartbridge.stores.shop.woocommerce.api.consumer-key", "ck_1");
        assertThatThrownBy(() -> cart(p)).hasMessage("cartbridge.stores.shop.woocommerce.api.consumer-secret must be set");

        p.put("cartbridge.stores.shop.woocommerce.api.consumer-secret", "cs_1");
        p.put("cartbridge.stores.shop.woocommerce.api.rate-limit", "0");
        assertThatThrownBy(() -> cart(p)).hasMessage(
                "cartbridge.stores.shop.woocommerce.api.rate-limit must be more than 0 requests per second, not 0.0");
    }

    @Test
    void anUnknownChoiceNamesTheProperty() {
        Map<String, Object> p = store();
        p.put("cartbridge.stores.shop.write-back", "rest");

        assertThatThrownBy(() -> cart(p)).hasMessage("cartbridge.stores.shop.write-back must be api or sql, not 'rest'");
    }

    @Test
    void aPlatformWithoutApiWriteBackRefusesIt() {
        PlatformSettings none = prefix -> { };

        assertThatThrownBy(() -> none.validateApi("cartbridge.stores.eu.prestashop", "cartbridge.stores.eu.write-back"))
                .hasMessage("cartbridge.stores.eu.write-back is api, but this platform writes back through its database "
                        + "only: set it to sql");
    }
}
