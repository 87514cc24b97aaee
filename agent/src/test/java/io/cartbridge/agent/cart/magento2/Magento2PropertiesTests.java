package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartPlatforms;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class Magento2PropertiesTests {

    @Test
    void defaultsAreTheProcessingStatusAndTheDefaultSource() {
        Magento2Properties settings = new Magento2Properties(null, null, null);
        settings.validate("cartbridge.stores.shop.magento2");
        assertThat(settings.statuses()).containsExactly("processing");
        assertThat(settings.sourceCode()).isEqualTo("default");
        assertThat(settings.describe()).isEqualTo("statuses processing, source default");
    }

    @Test
    void aSuspectedFraudIsNeverAStatusToSend() {
        assertThatThrownBy(() -> new Magento2Properties(List.of("processing", "fraud"), null, null).validate("cartbridge.stores.shop.magento2"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.stores.shop.magento2.statuses must not list fraud");
    }

    @Test
    void theStockIsAutoMsiOrLegacy() {
        assertThat(new Magento2Properties(null, null, "legacy").describe()).isEqualTo("statuses processing, source default, legacy stock");
        assertThatThrownBy(() -> new Magento2Properties(null, null, "both").validate("cartbridge.stores.shop.magento2"))
                .hasMessage("cartbridge.stores.shop.magento2.stock must be auto, msi or legacy, not 'both'");
    }

    @Test
    void shipmentIncrementIdsArePaddedToNineDigitsAsMagentosSequenceFormatsThem() {
        assertThat(Magento2Sequence.format(null, 4, null)).isEqualTo("000000004");
        assertThat(Magento2Sequence.format("2", 17, "-B")).isEqualTo("2000000017-B");
        assertThat(Magento2Carriers.code("UPSN")).isEqualTo("ups");
        assertThat(Magento2Carriers.code("FedEx")).isEqualTo("fedex");
        assertThat(Magento2Carriers.code("Acme Freight")).isEqualTo("custom");
    }

    @Test
    void aStoreOnMagento2BindsItsSettingsUnderItsKeyAndHasNoTablePrefixByDefault() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.stores.shop.platform", "magento2");
        p.put("cartbridge.stores.shop.url", "jdbc:mariadb://db:3306/magento");
        p.put("cartbridge.stores.shop.magento2.statuses", "processing,ready_to_ship");
        p.put("cartbridge.stores.shop.magento2.source-code", "eu_warehouse");
        p.put("cartbridge.partners.acme.x12.sender-id", "SHOP");
        p.put("cartbridge.partners.acme.x12.receiver-id", "ACME");
        p.put("cartbridge.partners.acme.sftp.host", "acme.example");
        p.put("cartbridge.partners.acme.sftp.username", "shop");
        p.put("cartbridge.partners.acme.sftp.password", "secret");
        p.put("cartbridge.partners.acme.sftp.known-hosts", "/etc/cartbridge/known_hosts");
        p.put("cartbridge.connections.main.store", "shop");
        p.put("cartbridge.connections.main.partner", "acme");

        Connection main = Connections.bind(new Binder(new MapConfigurationPropertySource(p))).get("main");

        assertThat(CartPlatforms.installed().names()).contains("magento2");
        assertThat(main.cart().settings()).isEqualTo(new Magento2Properties(List.of("processing", "ready_to_ship"), "eu_warehouse", null));
        assertThat(main.cart().tablePrefix()).isEmpty();
    }
}
