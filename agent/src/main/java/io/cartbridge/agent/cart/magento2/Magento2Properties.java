package io.cartbridge.agent.cart.magento2;

import java.util.List;

import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.cart.magento2.api.Magento2ApiProperties;
import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Magento's own settings of one store: {@code cartbridge.stores.<store>.magento2.*}.
 *
 * @param statuses   the order statuses, within Magento's {@code processing} state, whose orders are sent; default
 *                   {@code processing}. An order in {@code payment_review} or with the status {@code fraud} waits for the
 *                   merchant whatever is listed here
 * @param sourceCode the MSI source ({@code inventory_source.source_code}) the warehouse ships from: its quantities are set
 *                   from the warehouse's snapshots and shipments are deducted from it; default {@code default}, the
 *                   source of a single-source install. Ignored on an install without MSI
 * @param stock      which stock the install keeps: {@code auto} (the default: MSI when its tables are there), {@code msi}
 *                   or {@code legacy}; {@code legacy} for an install whose Inventory modules were disabled, which leaves
 *                   their tables behind
 * @param api        Magento's REST API, used when the store's {@code write-back} is {@code api}
 */
public record Magento2Properties(List<String> statuses, String sourceCode, String stock, Magento2ApiProperties api)
        implements PlatformSettings {

    @ConstructorBinding
    public Magento2Properties {
        statuses = statuses == null || statuses.isEmpty() ? List.of("processing")
                : statuses.stream().map(String::trim).toList();
        sourceCode = sourceCode == null || sourceCode.isBlank() ? "default" : sourceCode.trim();
        stock = stock == null || stock.isBlank() ? "auto" : stock.trim();
        api = api == null ? Magento2ApiProperties.none() : api;
    }

    public Magento2Properties(List<String> statuses, String sourceCode, String stock) {
        this(statuses, sourceCode, stock, null);
    }

    @Override
    public void validate(String prefix) {
        for (String status : statuses) {
            // sales_order.status is varchar(32); fraud is Magento's "suspected fraud", which waits for the merchant
            if (status.isEmpty() || status.length() > 32) {
                throw new ConfigurationException(prefix + ".statuses must be Magento order status codes (1 to 32 "
                        + "characters), not '" + status + "'");
            }
            if (status.equals("fraud")) {
                throw new ConfigurationException(prefix + ".statuses must not list fraud: a suspected fraud waits for "
                        + "the merchant's review");
            }
        }
        if (!List.of("auto", "msi", "legacy").contains(stock)) {
            throw new ConfigurationException(prefix + ".stock must be auto, msi or legacy, not '" + stock + "'");
        }
        if (sourceCode.length() > 255) {
            throw new ConfigurationException(prefix + ".source-code must be an MSI source code (at most 255 characters)");
        }
    }

    @Override
    public void validateApi(String prefix, String writeBackProperty) {
        api.validate(prefix + ".api");
    }

    @Override
    public String describe() {
        return "statuses " + String.join(", ", statuses) + ", source " + sourceCode + (stock.equals("auto") ? "" : ", " + stock + " stock");
    }
}
