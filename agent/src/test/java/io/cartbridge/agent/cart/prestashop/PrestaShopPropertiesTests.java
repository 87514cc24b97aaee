package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.cartbridge.agent.cart.CartPlatform;
import io.cartbridge.agent.cart.CartPlatforms;
import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PrestaShopPropertiesTests {

    private static final String PREFIX = "cartbridge.stores.shop.prestashop";

    private static PrestaShopProperties bind(Map<String, String> values) {
        CartPlatform platform = CartPlatforms.installed().get("prestashop", "cartbridge.stores.shop.platform");
        return (PrestaShopProperties) platform.bind(new Binder(new MapConfigurationPropertySource(values)), PREFIX);
    }

    @Test
    void thePlatformIsRegisteredWithThePsPrefixAndDefaultsToShopOne() {
        CartPlatform platform = CartPlatforms.installed().get("prestashop", "cartbridge.stores.shop.platform");
        assertThat(platform.defaultTablePrefix()).isEqualTo("ps_");
        PrestaShopProperties defaults = bind(Map.of());
        assertThat(defaults).isEqualTo(new PrestaShopProperties(1, 1, false));
        assertThat(defaults.describe()).isEqualTo("shop 1");
        assertThat(defaults.stockShop()).isEqualTo(1);
        assertThat(defaults.stockShopGroup()).isZero();
    }

    @Test
    void aShopOfAGroupSharingItsStockUsesTheGroupsStockRows() {
        PrestaShopProperties shared = bind(Map.of(PREFIX + ".shop-id", "3", PREFIX + ".shop-group-id", "2",
                PREFIX + ".shared-stock", "true"));
        shared.validate(PREFIX);
        assertThat(shared.describe()).isEqualTo("shop 3, stock shared by shop group 2");
        assertThat(shared.stockShop()).isZero();
        assertThat(shared.stockShopGroup()).isEqualTo(2);
    }

    @Test
    void aWrongShopIdIsAnErrorNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".shop-id", "0")).validate(PREFIX))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(PREFIX + ".shop-id must be a PrestaShop shop id (1 or more), not 0");
    }

    @Test
    void trackingNumbersAreJoinedWithoutRepeatsAndFitTheColumn() {
        assertThat(PrestaShopShipmentSink.merge("", java.util.List.of("1Z1", "1Z2"))).isEqualTo("1Z1, 1Z2");
        assertThat(PrestaShopShipmentSink.merge("1Z1", java.util.List.of("1Z1", "1Z3"))).isEqualTo("1Z1, 1Z3");
        String longNumber = "X".repeat(40);
        assertThat(PrestaShopShipmentSink.merge(longNumber, java.util.List.of("Y".repeat(30)))).isEqualTo(longNumber);
    }

    @Test
    void theWebserviceIsBoundUnderApiWithTheKeyMaskedAndTheDefaultsOfEveryCartApi() {
        PrestaShopProperties settings = bind(Map.of(PREFIX + ".api.url", "https://shop.example.com/", PREFIX + ".api.key",
                "Q7ZK3M9XW2PLR5T8VY4NB6CJ1DH0FGSA", PREFIX + ".api.rate-limit", "5", PREFIX + ".api.timeout", "20s"));
        settings.validateApi(PREFIX, "cartbridge.stores.shop.write-back");
        assertThat(settings.api().base()).hasToString("https://shop.example.com/api/");
        assertThat(settings.api().rateLimit()).isEqualTo(5.0);
        assertThat(settings.api().timeout()).hasSeconds(20);
        assertThat(settings.api().maxAttempts()).isEqualTo(4);
        assertThat(settings.api().toString()).contains("key=****").doesNotContain("Q7ZK3M9X");
    }

    @Test
    void theWebserviceNeedsAnHttpsAddressAndAKeyOfPrestaShopsShape() {
        String api = PREFIX + ".api";
        assertThatThrownBy(() -> bind(Map.of()).validateApi(PREFIX, "cartbridge.stores.shop.write-back"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(api + ".url");
        assertThatThrownBy(() -> bind(Map.of(api + ".url", "http://shop.example.com", api + ".key",
                "Q7ZK3M9XW2PLR5T8VY4NB6CJ1DH0FGSA")).validateApi(PREFIX, "w"))
                .hasMessageContaining(api + ".url must be an https:// address");
        assertThatThrownBy(() -> bind(Map.of(api + ".url", "https://shop.example.com")).validateApi(PREFIX, "w"))
                .hasMessageContaining(api + ".key");
        assertThatThrownBy(() -> bind(Map.of(api + ".url", "https://shop.example.com", api + ".key", "secret-but-short"))
                .validateApi(PREFIX, "w"))
                .hasMessage(api + ".key must be a PrestaShop webservice key: 32 letters and digits (Advanced Parameters, "
                        + "Webservice), not a value of 16 characters");
        assertThatThrownBy(() -> bind(Map.of(api + ".url", "https://shop.example.com", api + ".key",
                "Q7ZK3M9XW2PLR5T8VY4NB6CJ1DH0FGSA", api + ".max-attempts", "0")).validateApi(PREFIX, "w"))
                .hasMessage(api + ".max-attempts must be at least 1, not 0");
    }
}
