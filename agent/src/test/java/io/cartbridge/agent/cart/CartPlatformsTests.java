package io.cartbridge.agent.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.woocommerce.WooCommerceProperties;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Platforms found by name, and each binding and checking its own settings under the store's key. */
class CartPlatformsTests {

    /** A platform with one setting, {@code source-code}, as Magento 2's would have. */
    private record Fake(String name) implements CartPlatform {

        record Settings(String sourceCode) implements PlatformSettings {
            @Override
            public void validate(String prefix) {
                ConfigurationException.require(prefix + ".source-code", sourceCode);
            }
        }

        @Override
        public PlatformSettings bind(Binder binder, String prefix) {
            return binder.bind(prefix, Settings.class).orElseGet(() -> new Settings(null));
        }

        @Override
        public CartPlugin open(CartStore store) {
            throw new UnsupportedOperationException();
        }
    }

    private static Map<String, Object> store(String platform) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.stores.shop.platform", platform);
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

    private static Binder binder(Map<String, Object> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }

    @Test
    void woocommerceIsFoundOnTheClassPathByName() {
        CartPlatforms installed = CartPlatforms.installed();

        assertThat(installed.names()).contains("woocommerce");
        assertThat(installed.get("woocommerce", "cartbridge.cart.platform").defaultTablePrefix()).isEqualTo("wp_");
    }

    @Test
    void anUnknownPlatformNamesThePropertyAndThePlatformsThereAre() {
        CartPlatforms platforms = new CartPlatforms(List.of(new Fake("woocommerce"), new Fake("magento2")));

        assertThatThrownBy(() -> platforms.get("shopify", "cartbridge.stores.shop.platform"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("cartbridge.stores.shop.platform must be one of [magento2, woocommerce], not 'shopify'");
        assertThatThrownBy(() -> Connections.bind(binder(store("shopify"))).all())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("cartbridge.stores.shop.platform must be one of " + CartPlatforms.installed().names()
                        + ", not 'shopify'");
    }

    @Test
    void twoPlatformsOfOneNameAreRefused() {
        assertThatThrownBy(() -> new CartPlatforms(List.of(new Fake("magento2"), new CartPlatform() {
            @Override
            public String name() {
                return "magento2";
            }

            @Override
            public PlatformSettings bind(Binder binder, String prefix) {
                return null;
            }

            @Override
            public CartPlugin open(CartStore store) {
                return null;
            }
        }))).hasMessageStartingWith("two cart platforms named 'magento2'");
    }

    @Test
    void aPlatformBindsItsSettingsUnderTheStoresKeyFollowedByItsName() {
        Map<String, Object> p = store("woocommerce");
        p.put("cartbridge.stores.shop.woocommerce.storage", "posts");

        Connection main = Connections.bind(binder(p)).get("main");

        assertThat(main.cart().settings()).isEqualTo(new WooCommerceProperties("posts"));
        assertThat(main.cart().tablePrefix()).as("the platform's default").isEqualTo("wp_");
        assertThat(main.cart().boundAt()).isEqualTo("cartbridge.stores.shop");

        Fake magento = new Fake("magento2");
        CartProperties bound = new CartProperties("shopware", "jdbc:mariadb://db/m", null, null, null)
                .bindPlatform(binder(Map.of("cartbridge.stores.eu.shopware.source-code", "eu_source")), "cartbridge.stores.eu");
        assertThat(bound.settings()).as("a platform not on the class path binds nothing").isNull();
        assertThat(magento.bind(binder(Map.of("cartbridge.stores.eu.magento2.source-code", "eu_source")),
                "cartbridge.stores.eu.magento2")).isEqualTo(new Fake.Settings("eu_source"));
    }

    @Test
    void aPlatformsOwnCheckNamesItsPropertyUnderTheStore() {
        Map<String, Object> p = store("woocommerce");
        p.put("cartbridge.stores.shop.woocommerce.storage", "custom");

        assertThatThrownBy(() -> Connections.bind(binder(p)).all())
                .hasMessage("cartbridge.stores.shop.woocommerce.storage must be hpos or posts, not 'custom'");
        assertThatThrownBy(() -> new Fake.Settings(null).validate("cartbridge.stores.eu.magento2"))
                .hasMessage("cartbridge.stores.eu.magento2.source-code must be set");
    }

    @Test
    void theSingleShopShorthandStillTakesTheWooCommerceStorage() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.cart.url", "jdbc:mariadb://db:3306/shop");
        p.put("cartbridge.cart.woocommerce.storage", "posts");
        p.put("cartbridge.warehouse.id", "acme");
        p.put("cartbridge.warehouse.x12.sender-id", "SHOP");
        p.put("cartbridge.warehouse.x12.receiver-id", "ACME");
        p.put("cartbridge.warehouse.sftp.host", "acme.example");
        p.put("cartbridge.warehouse.sftp.username", "shop");
        p.put("cartbridge.warehouse.sftp.password", "secret");
        p.put("cartbridge.warehouse.sftp.known-hosts", "/etc/cartbridge/known_hosts");

        CartProperties cart = Connections.bind(binder(p)).get(Connections.DEFAULT).cart();

        assertThat(cart.platform()).as("woocommerce when none is named").isEqualTo("woocommerce");
        assertThat(cart.settings()).isEqualTo(new WooCommerceProperties("posts"));
        assertThat(cart.boundAt()).isEqualTo(CartProperties.SHORTHAND);
    }
}
