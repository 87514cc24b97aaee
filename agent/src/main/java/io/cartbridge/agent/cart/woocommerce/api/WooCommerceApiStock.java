package io.cartbridge.agent.cart.woocommerce.api;

import io.cartbridge.agent.cart.api.CartApiClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stock quantities through WooCommerce's batch endpoints: {@code POST wc/v3/products/batch} for products and
 * {@code POST wc/v3/products/<parent>/variations/batch} for variations, {@value #BATCH} items a request
 * (WooCommerce's default batch limit). WooCommerce then sets the stock status, the lookup table and its caches
 * itself, and fires its stock hooks (low-stock e-mails, other plugins). Setting a quantity is idempotent, so a
 * request is retried as a whole after a timeout or 5xx.
 */
public final class WooCommerceApiStock {

    static final int BATCH = 100;

    private final CartApiClient api;

    WooCommerceApiStock(CartApiClient api) {
        this.api = api;
    }

    /**
     * Sets the quantities.
     *
     * @param products   product id → quantity
     * @param variations parent product id → (variation id → quantity)
     * @return the items WooCommerce refused, each with its reason ({@code 123: woocommerce_rest_product_invalid_id ...})
     */
    public List<String> set(Map<Long, BigDecimal> products, Map<Long, Map<Long, BigDecimal>> variations) {
        List<String> refused = new ArrayList<>();
        send("wc/v3/products/batch", products, refused);
        variations.forEach((parent, items) -> send("wc/v3/products/" + parent + "/variations/batch", items, refused));
        return refused;
    }

    private void send(String path, Map<Long, BigDecimal> items, List<String> refused) {
        List<Map.Entry<Long, BigDecimal>> all = new ArrayList<>(items.entrySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            ObjectNode body = CartApiClient.object();
            ArrayNode update = body.putArray("update");
            for (Map.Entry<Long, BigDecimal> item : all.subList(from, Math.min(all.size(), from + BATCH))) {
                update.addObject().put("id", item.getKey()).put("manage_stock", true)
                        .put("stock_quantity", item.getValue().stripTrailingZeros());
            }
            JsonNode answer = api.retrying("stock of " + update.size() + " items", () -> api.send("POST", path, body));
            for (JsonNode result : answer.path("update")) {
                JsonNode error = result.path("error");
                if (!error.isMissingNode() && !error.isNull()) {
                    refused.add(result.path("id").asText() + ": " + error.path("code").asText() + " \""
                            + error.path("message").asText() + "\"");
                }
            }
        }
    }
}
