package io.cartbridge.agent.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * The partner's SKU cross-reference: a UTF-8 CSV file with the header {@code warehouse_item,cart_sku}
 * and one warehouse item and its cart SKU per line, e.g. {@code WH-MUG-12,MUG-BLU-12}. Fields may be
 * double-quoted (a comma inside, {@code ""} for a quote); blank lines are skipped. The mapping must
 * be one to one, because it is read both ways (940 out, 945/856/846 back): a repeated warehouse item
 * or cart SKU, an empty field, a line without exactly two fields or a missing header stops the agent
 * at start-up with the line's number, rather than sending or applying the wrong item.
 */
final class SkuCrossReference {

    static final String PROPERTY = "cartbridge.warehouse.sku-cross-reference";
    private static final String HEADER = "warehouse_item,cart_sku";

    private final Map<String, String> cartSkus = new HashMap<>();
    private final Map<String, String> warehouseItems = new HashMap<>();

    private SkuCrossReference() {
    }

    /** {@return the cart SKU of a warehouse item, or {@code null} when the file does not list it} */
    String cartSku(String warehouseItem) {
        return cartSkus.get(warehouseItem);
    }

    /** {@return the warehouse item of a cart SKU, or {@code null} when the file does not list it} */
    String warehouseItem(String cartSku) {
        return warehouseItems.get(cartSku);
    }

    int size() {
        return cartSkus.size();
    }

    /** Reads and checks the file; every problem is a {@link ConfigurationException} naming the property and line. */
    static SkuCrossReference load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(PROPERTY + ": no such file '" + file + "'");
        }
        SkuCrossReference xref = new SkuCrossReference();
        Map<String, Integer> itemLines = new HashMap<>();
        Map<String, Integer> skuLines = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                line = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = fields(line);
                if (header) {
                    if (fields == null || !String.join(",", fields).equalsIgnoreCase(HEADER)) {
                        throw error(file, number, "the first line must be the header " + HEADER + ", not '" + line + "'");
                    }
                    header = false;
                    continue;
                }
                if (fields == null || fields.size() != 2) {
                    throw error(file, number, "expected two fields (" + HEADER + "), not '" + line + "'");
                }
                String item = fields.get(0);
                String sku = fields.get(1);
                if (item.isEmpty() || sku.isEmpty()) {
                    throw error(file, number, (item.isEmpty() ? "warehouse_item" : "cart_sku") + " is empty");
                }
                Integer earlier = itemLines.putIfAbsent(item, number);
                if (earlier != null) {
                    throw error(file, number, "warehouse item '" + item + "' is already mapped on line " + earlier);
                }
                earlier = skuLines.putIfAbsent(sku, number);
                if (earlier != null) {
                    throw error(file, number, "cart SKU '" + sku + "' is already mapped on line " + earlier
                            + " (each cart SKU maps to one warehouse item)");
                }
                xref.cartSkus.put(item, sku);
                xref.warehouseItems.put(sku, item);
            }
            if (header) {
                throw new ConfigurationException(PROPERTY + " '" + file + "' is empty: it needs the header " + HEADER);
            }
        } catch (IOException e) {
            throw new ConfigurationException(PROPERTY + ": cannot read '" + file + "' as UTF-8 text: " + e);
        }
        if (xref.size() == 0) {
            throw new ConfigurationException(PROPERTY + " '" + file + "' has no mappings after its header line");
        }
        return xref;
    }

    private static ConfigurationException error(Path file, int line, String problem) {
        return new ConfigurationException(PROPERTY + " '" + file + "' line " + line + ": " + problem);
    }

    /** The line's fields, trimmed, quotes removed; {@code null} when a quote is not closed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
