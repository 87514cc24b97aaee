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

    /**
     * Checks the settings {@code write-back: api} needs (the API's address and credentials). A platform without
     * API write-back yet refuses it, naming the property that chose it.
     *
     * @param prefix           where the platform's settings were bound, e.g. {@code cartbridge.stores.shop.woocommerce}
     * @param writeBackProperty the property that chose the API, e.g. {@code cartbridge.stores.shop.write-back}
     * @throws io.cartbridge.agent.config.ConfigurationException naming the missing or invalid property
     */
    default void validateApi(String prefix, String writeBackProperty) {
        throw new io.cartbridge.agent.config.ConfigurationException(writeBackProperty
                + " is api, but this platform writes back through its database only: set it to sql");
    }
}
