package io.cartbridge.agent.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import io.cartbridge.edi.model.QuantityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WarehousePropertiesTests {

    static WarehouseProperties warehouse(String id, WarehouseProperties.X12 x12, WarehouseProperties.Sftp sftp) {
        return new WarehouseProperties(id, null, null, x12, sftp, null, null, null, null, null, null);
    }

    static WarehouseProperties.X12 x12(String sender, String receiver) {
        return new WarehouseProperties.X12(null, null, sender, null, receiver, null, null, null);
    }

    static WarehouseProperties.Sftp sftp(String password, Path knownHosts) {
        return new WarehouseProperties.Sftp("sftp.example.com", null, "shop", password, null, null, knownHosts, false,
                null, null, null, null, null, null, null);
    }

    @Test
    void defaultsAreThoseOfATypicalX12Partner() {
        WarehouseProperties w = warehouse("acme3pl", x12("SHOP", "ACME"), sftp("secret", Path.of("kh")));

        w.validate();
        assertThat(w.ordersPerFile()).isEqualTo(200);
        assertThat(w.x12().version()).isEqualTo("004010");
        assertThat(w.x12().senderQualifier()).isEqualTo("ZZ");
        assertThat(w.x12().usageIndicator()).isEqualTo("P");
        assertThat(w.sftp().port()).isEqualTo(22);
        assertThat(w.sftp().outboundDir()).isEqualTo("/in");
        assertThat(w.sftp().inboundDir()).isEqualTo("/out");
    }

    @Test
    void eachMissingOrBadSettingIsNamed() {
        assertThatThrownBy(() -> warehouse(null, x12("SS", "RR"), sftp("p", Path.of("kh"))).validate())
                .isInstanceOf(ConfigurationException.class).hasMessage("cartbridge.warehouse.id must be set");
        assertThatThrownBy(() -> warehouse("a b", x12("SS", "RR"), sftp("p", Path.of("kh"))).validate())
                .hasMessageStartingWith("cartbridge.warehouse.id must be 1-64 letters");
        assertThatThrownBy(() -> warehouse("a", x12(null, "RR"), sftp("p", Path.of("kh"))).validate())
                .hasMessage("cartbridge.warehouse.x12.sender-id must be set");
        assertThatThrownBy(() -> warehouse("a", x12("SENDER-ID-TOO-LONG", "RR"), sftp("p", Path.of("kh"))).validate())
                .hasMessageStartingWith("cartbridge.warehouse.x12.sender-id must be 2-15");
        assertThatThrownBy(() -> warehouse("a", x12("SS", "RR"), sftp(null, Path.of("kh"))).validate())
                .hasMessage("cartbridge.warehouse.sftp.password or cartbridge.warehouse.sftp.private-key must be set");
        assertThatThrownBy(() -> warehouse("a", x12("SS", "RR"), sftp("p", null)).validate())
                .hasMessageStartingWith("cartbridge.warehouse.sftp.known-hosts must be set");
        assertThatThrownBy(() -> warehouse("a", new WarehouseProperties.X12("003050", null, "SS", null, "RR", null, null, null),
                sftp("p", Path.of("kh"))).validate())
                .hasMessage("cartbridge.warehouse.x12.version must be 004010 or 005010, not '003050'");
    }

    static WarehouseProperties codeLists(String stockQuantity, String skuQualifier) {
        return new WarehouseProperties("acme", null, null, x12("SS", "RR"), sftp("p", Path.of("kh")), null, stockQuantity,
                skuQualifier, null, null, null);
    }

    @Test
    void codeListSettingsDefaultToNeutralValues() {
        WarehouseProperties w = codeLists(null, null);
        w.validate();
        assertThat(w.stockQuantity()).isEqualTo("available");
        assertThat(w.skuQualifier()).isEqualTo("seller-sku");
        assertThat(w.stockQuantityKind()).isEqualTo(QuantityKind.AVAILABLE);
    }

    @ParameterizedTest
    @CsvSource({"available,AVAILABLE", "On_Hand,ON_HAND", "on-hand,ON_HAND", "33,AVAILABLE", "17,ON_HAND",
        "198,AVAILABLE", "145,ON_HAND", "qh,ON_HOLD"})
    void stockQuantityTakesNeutralNamesAndTheX12AndEdifactCodesAsSynonyms(String setting, QuantityKind kind) {
        WarehouseProperties w = codeLists(setting, "VN");
        w.validate();
        assertThat(w.stockQuantityKind()).isEqualTo(kind);
    }

    @Test
    void anUnknownCodeListValueIsAConfigurationErrorNamingTheProperty() {
        assertThatThrownBy(() -> codeLists("34", null).validate("cartbridge.partners.acme"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.partners.acme.stock-quantity must be one of available, on-hand, ")
                .hasMessageEndingWith("not '34'");
        assertThatThrownBy(() -> codeLists(null, "shop-sku").validate())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.warehouse.sku-qualifier must be one of seller-sku, warehouse-item, ")
                .hasMessageEndingWith("not 'shop-sku'");
    }

    @Test
    void secretsNeverAppearInToString() {
        WarehouseProperties.Sftp s = new WarehouseProperties.Sftp("h", 22, "u", "hunter2", Path.of("key"), "passphrase9",
                Path.of("kh"), false, null, null, null, null, null, null, null);
        CartProperties cart = new CartProperties("woocommerce", "jdbc:mariadb://db/wp", "wp", "dbsecret", null);

        assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("passphrase9").contains("****");
        assertThat(cart.toString()).doesNotContain("dbsecret");
    }

    @Test
    void cartSettingsAreChecked() {
        assertThatThrownBy(() -> new CartProperties("shopify", "jdbc:mariadb://db/wp", null, null, null).validate())
                .hasMessage("cartbridge.cart.platform must be one of " + io.cartbridge.agent.cart.CartPlatforms.installed().names() + ", not 'shopify'");
        assertThatThrownBy(() -> new CartProperties(null, null, null, null, null).validate())
                .hasMessage("cartbridge.cart.url must be set");
        assertThatThrownBy(() -> new CartProperties(null, "jdbc:mariadb://db/wp", null, null, "wp_`x").validate())
                .hasMessageStartingWith("cartbridge.cart.table-prefix must be letters");
        Binder custom = new Binder(new MapConfigurationPropertySource(Map.of("cartbridge.cart.woocommerce.storage", "custom")));
        assertThatThrownBy(() -> new CartProperties(null, "jdbc:mariadb://db/wp", null, null, null)
                .bindPlatform(custom, CartProperties.SHORTHAND).validate())
                .hasMessage("cartbridge.cart.woocommerce.storage must be hpos or posts, not 'custom'");
    }
}
