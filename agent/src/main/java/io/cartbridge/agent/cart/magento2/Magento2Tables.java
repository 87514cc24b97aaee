package io.cartbridge.agent.cart.magento2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartbridge.agent.cart.TablePrefix;

/**
 * Puts the install's table prefix into the plugin's SQL. The statements are constants that write each table as
 * {@code {sales_order}} (Magento's own table names have no prefix of their own to replace); only the prefix, validated
 * as an identifier by the cart settings, is put in.
 */
final class Magento2Tables {

    private static final Pattern TABLE = Pattern.compile("\\{([a-z0-9_]+)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final String prefix;

    Magento2Tables(String prefix) {
        this.prefix = TablePrefix.checked(prefix);
    }

    String prefix() {
        return prefix;
    }

    /** The table's name under the install's prefix. */
    String table(String name) {
        return prefix + name;
    }

    /** The statement with each {@code {table}} replaced by the table's name under the install's prefix. */
    String sql(String statement) {
        Matcher m = TABLE.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(prefix + m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A table name Magento keeps in a row ({@code sales_sequence_meta.sequence_table}, already under the prefix), checked
     * to be a plain identifier before it goes into a statement.
     */
    static String checkedName(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException("Magento names a sequence table that is not a plain table name: '" + name + "'");
        }
        return name;
    }

}
