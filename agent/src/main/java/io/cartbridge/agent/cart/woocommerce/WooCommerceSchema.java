package io.cartbridge.agent.cart.woocommerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which tables the plugin's statements use, per storage, and whether the cart's database has them under
 * the configured prefix. Without this a wrong prefix shows up as an SQL grammar error quoting a statement,
 * in whichever step first runs one.
 */
final class WooCommerceSchema {

    private static final String TABLES = """
            SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()""";

    /**
     * Orders and their meta and addresses, order lines, products (posts, postmeta and the lookup table),
     * order notes (comments); in hpos storage the shipment sink also keeps the posts copy of an order in step.
     */
    private static final List<String> HPOS = List.of("wc_orders", "wc_orders_meta", "wc_order_addresses",
            "wc_order_operational_data", "woocommerce_order_items", "woocommerce_order_itemmeta",
            "wc_product_meta_lookup", "posts", "postmeta", "comments");
    private static final List<String> POSTS = List.of("posts", "postmeta", "woocommerce_order_items",
            "woocommerce_order_itemmeta", "wc_product_meta_lookup", "comments");

    private WooCommerceSchema() {
    }

    /** The HPOS tables the shipment sink writes when it keeps a posts-storage order's HPOS copy in step. */
    private static final List<String> HPOS_MIRROR = List.of("wc_orders", "wc_orders_meta", "wc_order_operational_data");

    /** Whether the HPOS tables a posts-storage shop may also have are all there. */
    static boolean hasHposTables(JdbcTemplate jdbc, String prefix) {
        Set<String> present = new TreeSet<>(jdbc.queryForList(TABLES, String.class));
        return HPOS_MIRROR.stream().allMatch(t -> present.contains(prefix + t));
    }

    /** The tables of {@code storage} ({@code hpos} or {@code posts}), without prefix. */
    static List<String> tables(boolean hpos) {
        return hpos ? HPOS : POSTS;
    }

    /**
     * {@return what is missing, in one sentence, or {@code null} when every table is there} When the first
     * missing table exists under another prefix, the sentence names those tables, since that is the usual
     * mistake; otherwise it names every missing table and the storage that needs them.
     */
    static String missingTables(JdbcTemplate jdbc, String prefix, boolean hpos, String settings) {
        Set<String> present = new TreeSet<>(jdbc.queryForList(TABLES, String.class));
        List<String> missing = new ArrayList<>();
        for (String table : tables(hpos)) {
            if (!present.contains(prefix + table)) {
                missing.add(prefix + table);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        String suffix = missing.get(0).substring(prefix.length());
        List<String> elsewhere = present.stream().filter(t -> t.endsWith(suffix)).toList();
        if (!elsewhere.isEmpty()) {
            return "no table " + missing.get(0) + " (" + settings + ".table-prefix is '" + prefix
                    + "'; tables found with suffix " + suffix + ": " + String.join(", ", elsewhere) + ")";
        }
        return (missing.size() == 1 ? "no table " : "no tables ") + String.join(", ", missing)
                + " (WooCommerce " + (hpos ? "hpos" : "posts") + " storage needs them; " + settings + ".table-prefix is '"
                + prefix + "', " + settings + ".woocommerce.storage is '" + (hpos ? "hpos" : "posts") + "')";
    }
}
