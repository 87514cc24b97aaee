package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.InventorySink.InventoryResult;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.support.WooCommerceTestStore;
import org.junit.jupiter.api.Test;

/** Stock levels written to a real MariaDB WooCommerce store: post meta and the product lookup table. */
class WooCommerceInventorySinkIT {

    private static StockLevel level(String sku, int quantity) {
        return new StockLevel(sku, BigDecimal.valueOf(quantity));
    }

    /** Products and variations covering the stock rules; every lookup row starts at 10 / instock. */
    private static WooCommerceTestStore catalogue() {
        WooCommerceTestStore store = new WooCommerceTestStore("wp_");
        store.product(10, "SKU-10", null).stock(10, "yes", "10", "instock", "no")
                .product(20, "SKU-20", null).stock(20, "yes", "10", "instock", "no")
                .product(30, "SKU-30", null).stock(30, "yes", "10", "instock", "yes")
                .product(31, "SKU-31", null).stock(31, "yes", "10", "instock", "notify")
                .product(40, "SKU-40", null).stock(40, "no", null, "instock", "no")
                .product(51, "SKU-51", null).stock(51, "no", null, "instock", "no")
                .variation(52, 51, "SKU-52-L").stock(52, "yes", "10", "instock", "no")
                .product(60, "SKU-60", null).stock(60, "yes", "10", "instock", "no")
                .product(70, "SKU-70", null).stock(70, "yes", null, "outofstock", "no")
                .product(80, "SKU-80", null).stock(80, "yes", "5", "outofstock", "no");
        // product 60 has no lookup row (yet): found by its _sku meta
        store.jdbc().update("DELETE FROM wp_wc_product_meta_lookup WHERE product_id = 60");
        return store;
    }

    @Test
    void writesChangedLevelsOnlyWithStatusesHonouringBackorders() {
        WooCommerceTestStore store = catalogue();
        InventorySink sink = new WooCommercePlugin(store.jdbc(), "wp_", "hpos").inventorySink();

        InventoryResult result = sink.apply(List.of(level("SKU-10", 10), level("SKU-20", 0), level("SKU-30", 0),
                level("SKU-31", -2), level("SKU-40", 3), level("SKU-52-L", 7), level("SKU-60", 4), level("SKU-70", 6),
                level("SKU-80", 5), level("GHOST", 1), level("SKU-51", 9)));

        assertThat(result.changed()).isEqualTo(7);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.unknownSkus()).containsExactly("GHOST");
        assertThat(result.unmanagedSkus()).containsExactly("SKU-40", "SKU-51");
        assertStock(store, 10, "10", "instock", 10.0);
        assertStock(store, 20, "0", "outofstock", 0.0);
        assertStock(store, 30, "0", "onbackorder", 0.0);
        assertStock(store, 31, "-2", "onbackorder", -2.0);
        assertStock(store, 52, "7", "instock", 7.0);
        assertStock(store, 60, "4", "instock", null);
        assertStock(store, 70, "6", "instock", 6.0); // the missing _stock row was inserted
        assertStock(store, 80, "5", "instock", 5.0); // same quantity, wrong status: a change
        // unmanaged: untouched
        assertThat(store.postMeta(40, "_stock")).isNull();
        assertThat(store.postMeta(51, "_stock")).isNull();
        assertThat(lookupQuantity(store, 40)).isEqualTo(10.0);
        assertThat(lookupQuantity(store, 60)).isNull();
    }

    @Test
    void theSameLevelsAgainChangeNothing() {
        WooCommerceTestStore store = catalogue();
        InventorySink sink = new WooCommercePlugin(store.jdbc(), "wp_", "posts").inventorySink();
        List<StockLevel> levels = List.of(level("SKU-20", 0), level("SKU-30", 0), level("SKU-52-L", 7), level("SKU-60", 4));
        assertThat(sink.apply(levels).changed()).isEqualTo(4);
        List<Map<String, Object>> meta = store.jdbc().queryForList("SELECT * FROM wp_postmeta ORDER BY meta_id");
        List<Map<String, Object>> lookup = store.jdbc().queryForList("SELECT * FROM wp_wc_product_meta_lookup ORDER BY product_id");

        InventoryResult again = sink.apply(levels);
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(store.jdbc().queryForList("SELECT * FROM wp_postmeta ORDER BY meta_id")).isEqualTo(meta);
        assertThat(store.jdbc().queryForList("SELECT * FROM wp_wc_product_meta_lookup ORDER BY product_id")).isEqualTo(lookup);
        // a repeated SKU in one call: the last level wins
        assertThat(sink.apply(List.of(level("SKU-20", 3), level("SKU-20", 0))).unchanged()).isEqualTo(1);
    }

    @Test
    void fiveThousandLevelsInOneCallUnderAnotherPrefix() {
        WooCommerceTestStore store = new WooCommerceTestStore("big_");
        int n = 5000;
        List<Object[]> posts = new ArrayList<>();
        List<Object[]> lookup = new ArrayList<>();
        List<Object[]> meta = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            long id = 1000 + i;
            posts.add(new Object[] {id, "product-" + id});
            lookup.add(new Object[] {id, "BULK-" + i});
            meta.add(new Object[] {id, "_sku", "BULK-" + i});
            meta.add(new Object[] {id, "_manage_stock", "yes"});
            meta.add(new Object[] {id, "_stock", "10"});
            meta.add(new Object[] {id, "_stock_status", "instock"});
            meta.add(new Object[] {id, "_backorders", i % 3 == 0 ? "yes" : "no"});
        }
        store.jdbc().batchUpdate("INSERT INTO big_posts (ID, post_content, post_title, post_excerpt, post_name, to_ping, pinged, "
                + "post_content_filtered, post_type) VALUES (?, '', 'Bulk', '', ?, '', '', '', 'product')", posts);
        store.jdbc().batchUpdate("INSERT INTO big_wc_product_meta_lookup (product_id, sku, stock_quantity, stock_status) "
                + "VALUES (?, ?, 10, 'instock')", lookup);
        store.jdbc().batchUpdate("INSERT INTO big_postmeta (post_id, meta_key, meta_value) VALUES (?, ?, ?)", meta);

        List<StockLevel> levels = new ArrayList<>();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            int quantity = i % 2 == 0 ? 10 : i % 10 == 1 ? 0 : i % 50; // even: unchanged; odd: changed, some to 0
            levels.add(level("BULK-" + i, quantity));
            expected.put(1000L + i, quantity);
        }
        InventoryResult result = new WooCommercePlugin(store.jdbc(), "big_", "hpos").inventorySink().apply(levels);

        assertThat(result.changed()).isEqualTo(n / 2);
        assertThat(result.unchanged()).isEqualTo(n / 2);
        assertThat(result.unknownSkus()).isEmpty();
        assertThat(result.unmanagedSkus()).isEmpty();
        Map<Long, Map<String, String>> stored = new HashMap<>();
        store.jdbc().query("SELECT post_id, meta_key, meta_value FROM big_postmeta WHERE meta_key IN ('_stock', '_stock_status', "
                + "'_backorders')", rs -> {
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<Long, Object[]> lookupRows = new HashMap<>();
        store.jdbc().query("SELECT product_id, stock_quantity, stock_status FROM big_wc_product_meta_lookup", rs -> {
            lookupRows.put(rs.getLong(1), new Object[] {rs.getDouble(2), rs.getString(3)});
        });
        expected.forEach((id, quantity) -> {
            Map<String, String> m = stored.get(id);
            String status = quantity > 0 ? "instock" : "yes".equals(m.get("_backorders")) ? "onbackorder" : "outofstock";
            assertThat(m.get("_stock")).as("_stock of %s", id).isEqualTo(Integer.toString(quantity));
            assertThat(m.get("_stock_status")).as("_stock_status of %s", id).isEqualTo(status);
            assertThat(lookupRows.get(id)).as("lookup of %s", id).containsExactly((double) quantity, status);
        });
        assertThat(stored.values().stream().filter(m -> "onbackorder".equals(m.get("_stock_status")))).isNotEmpty();
        assertThat(stored.values().stream().filter(m -> "outofstock".equals(m.get("_stock_status")))).isNotEmpty();
    }

    private static void assertStock(WooCommerceTestStore store, long id, String stock, String status, Double lookup) {
        assertThat(store.postMeta(id, "_stock")).as("_stock of %s", id).isEqualTo(stock);
        assertThat(store.postMeta(id, "_stock_status")).as("_stock_status of %s", id).isEqualTo(status);
        if (lookup != null) {
            assertThat(lookupQuantity(store, id)).as("lookup quantity of %s", id).isEqualTo(lookup);
            assertThat(store.jdbc().queryForObject("SELECT stock_status FROM wp_wc_product_meta_lookup WHERE product_id = ?",
                    String.class, id)).as("lookup status of %s", id).isEqualTo(status);
        }
    }

    private static Double lookupQuantity(WooCommerceTestStore store, long id) {
        List<Double> rows = store.jdbc().queryForList("SELECT stock_quantity FROM wp_wc_product_meta_lookup WHERE product_id = ?",
                Double.class, id);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
