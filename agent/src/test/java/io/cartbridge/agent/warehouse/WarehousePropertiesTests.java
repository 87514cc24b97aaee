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

    /** A partner bound at {@code cartbridge.partners.acme} from the keys users write: a valid X12 one, changed by {@code extra}. */
    static WarehouseProperties bound(Map<String, String> extra) {
        Map<String, String> keys = new java.util.HashMap<>(Map.of("cartbridge.partners.acme.x12.sender-id", "SHOP",
                "cartbridge.partners.acme.x12.receiver-id", "ACME", "cartbridge.partners.acme.sftp.host", "sftp.example.com",
                "cartbridge.partners.acme.sftp.username", "shop", "cartbridge.partners.acme.sftp.password", "secret",
                "cartbridge.partners.acme.sftp.known-hosts", "kh"));
        keys.putAll(extra);
        return new Binder(new MapConfigurationPropertySource(keys))
                .bind("cartbridge.partners.acme", WarehouseProperties.class).get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sftp.after-download=move | cartbridge.partners.acme.sftp.after-download must be archive, delete or leave, not 'move'",
            "sftp.port=0 | cartbridge.partners.acme.sftp.port must be between 1 and 65535, not 0",
            "sftp.username= | cartbridge.partners.acme.sftp.username must be set",
            "x12.usage-indicator=X | cartbridge.partners.acme.x12.usage-indicator must be P or T, not 'X'",
            "x12.sender-qualifier=Z | cartbridge.partners.acme.x12.sender-qualifier must be a two-character ISA qualifier such as ZZ or 01, not 'Z'",
            "x12.element-separator=A | cartbridge.partners.acme.x12.element-separator must be one punctuation character, not 'A'",
            "x12.segment-terminator=* | cartbridge.partners.acme.x12.element-separator and segment-terminator must differ",
            "format=edifact | cartbridge.partners.acme.edifact.sender-id must be set",
            "format=xml | cartbridge.partners.acme.xml.sender-id must be set",
            "orders-per-file=0 | cartbridge.partners.acme.orders-per-file must be between 1 and 10000, not 0"})
    void eachAreaChecksItsOwnSettingsAndNamesTheKeyUsersWrote(String setting, String message) {
        String[] keyValue = setting.split("=", 2);
        WarehouseProperties partner = bound(Map.of("cartbridge.partners.acme." + keyValue[0], keyValue[1]));

        assertThatThrownBy(() -> partner.validate("cartbridge.partners.acme")).isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    @Test
    void theOtherFormatsCheckTheirReceiverIdsAndABoundPartnerIsValid() {
        assertThatThrownBy(() -> bound(Map.of("cartbridge.partners.acme.format", "edifact",
                "cartbridge.partners.acme.edifact.sender-id", "5412345000013")).validate("cartbridge.partners.acme"))
                .hasMessage("cartbridge.partners.acme.edifact.recipient-id must be set");
        assertThatThrownBy(() -> bound(Map.of("cartbridge.partners.acme.format", "xml",
                "cartbridge.partners.acme.xml.sender-id", "SHOP")).validate("cartbridge.partners.acme"))
                .hasMessage("cartbridge.partners.acme.xml.receiver-id must be set");

        WarehouseProperties partner = bound(Map.of("cartbridge.partners.acme.sftp.after-download", "leave"));
        partner.validate("cartbridge.partners.acme");
        assertThat(partner.sftp().afterDownload()).isEqualTo("leave");
        assertThat(partner.x12().senderId()).isEqualTo("SHOP");
    }
}
