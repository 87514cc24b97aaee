package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * PrestaShop's own settings of one store: {@code cartbridge.stores.<store>.prestashop.*}.
 *
 * @param shopId      the shop ({@code id_shop}) whose orders are sent and whose stock is set; default 1, the shop of a
 *                    single-shop install
 * @param shopGroupId the shop group ({@code id_shop_group}) of that shop; default 1
 * @param sharedStock whether the shop group shares its stock (PrestaShop then keeps {@code stock_available} per group,
 *                    with {@code id_shop = 0}); default false
 * @param api         the shop's webservice, used when the store's {@code write-back} is {@code api}
 */
public record PrestaShopProperties(Integer shopId, Integer shopGroupId, Boolean sharedStock, PrestaShopApiProperties api)
        implements PlatformSettings {

    @ConstructorBinding
    public PrestaShopProperties {
        shopId = shopId == null ? 1 : shopId;
        shopGroupId = shopGroupId == null ? 1 : shopGroupId;
        sharedStock = sharedStock != null && sharedStock;
        api = api == null ? PrestaShopApiProperties.none() : api;
    }

    /** Settings without the webservice (table write-back). */
    public PrestaShopProperties(Integer shopId, Integer shopGroupId, Boolean sharedStock) {
        this(shopId, shopGroupId, sharedStock, null);
    }

    @Override
    public void validate(String prefix) {
        if (shopId < 1) {
            throw new ConfigurationException(prefix + ".shop-id must be a PrestaShop shop id (1 or more), not " + shopId);
        }
        if (shopGroupId < 1) {
            throw new ConfigurationException(prefix + ".shop-group-id must be a PrestaShop shop group id (1 or more), not "
                    + shopGroupId);
        }
    }

    @Override
    public void validateApi(String prefix, String writeBackProperty) {
        api.validate(prefix + ".api");
    }

    @Override
    public String describe() {
        return "shop " + shopId + (sharedStock ? ", stock shared by shop group " + shopGroupId : "");
    }

    /** The {@code stock_available} columns {@code (id_shop, id_shop_group)} of this shop's stock rows. */
    int stockShop() {
        return sharedStock ? 0 : shopId;
    }

    int stockShopGroup() {
        return sharedStock ? shopGroupId : 0;
    }
}
