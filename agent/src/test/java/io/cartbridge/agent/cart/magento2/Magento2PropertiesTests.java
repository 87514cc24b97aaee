package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;

class Magento2PropertiesTests {

    @Test
    void defaultsAreTheProcessingStatusAndTheDefaultSource() {
        Magento2Properties settings = new Magento2Properties(null, null);
        settings.validate("cartbridge.stores.shop.magento2");
        assertThat(settings.statuses()).containsExactly("processing");
        assertThat(settings.sourceCode()).isEqualTo("default");
        assertThat(settings.describe()).isEqualTo("statuses processing, source default");
    }

    @Test
    void aSuspectedFraudIsNeverAStatusToSend() {
        assertThatThrownBy(() -> new Magento2Properties(List.of("processing", "fraud"), null).validate("cartbridge.stores.shop.magento2"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.stores.shop.magento2.statuses must not list fraud");
    }

    @Test
    void shipmentIncrementIdsArePaddedToNineDigitsAsMagentosSequenceFormatsThem() {
        assertThat(Magento2Sequence.format(null, 4, null)).isEqualTo("000000004");
        assertThat(Magento2Sequence.format("2", 17, "-B")).isEqualTo("2000000017-B");
        assertThat(Magento2Carriers.code("UPSN")).isEqualTo("ups");
        assertThat(Magento2Carriers.code("FedEx")).isEqualTo("fedex");
        assertThat(Magento2Carriers.code("Acme Freight")).isEqualTo("custom");
    }
}
