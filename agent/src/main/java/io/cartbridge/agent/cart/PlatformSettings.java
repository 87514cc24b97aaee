package io.cartbridge.agent.cart;

/**
 * One platform's own settings of one store, as its {@link CartPlatform} bound them: a record per platform
 * ({@code WooCommerceProperties}, {@code Magento2Properties}, ...), each property with a one-line description.
 */
public interface PlatformSettings {

    /**
     * Checks the values.
     *
     * @param prefix where they were bound, e.g. {@code cartbridge.stores.shop.woocommerce}
     * @throws io.cartbridge.agent.config.ConfigurationException naming the property under {@code prefix}
     */
    void validate(String prefix);

    /** {@return what the settings choose, for {@code connections} and {@code check}: "hpos storage"; "" when nothing} */
    default String describe() {
        return "";
    }
}
