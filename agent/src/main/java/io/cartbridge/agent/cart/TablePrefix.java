package io.cartbridge.agent.cart;

import java.util.regex.Pattern;

/**
 * The one rule for a cart's table prefix: it is put into SQL text, so it must be a plain identifier (letters, digits
 * and underscores, at most 32). The settings check it with the property's name in the message; each platform's SQL
 * builder checks it again, so that no caller can put anything else into a statement.
 */
public final class TablePrefix {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{0,32}");

    private TablePrefix() {
    }

    /** {@return whether {@code prefix} may go into SQL text} */
    public static boolean valid(String prefix) {
        return prefix != null && IDENTIFIER.matcher(prefix).matches();
    }

    /** {@return {@code prefix}, checked}; an {@link IllegalArgumentException} when it is not {@link #valid}. */
    public static String checked(String prefix) {
        if (!valid(prefix)) {
            throw new IllegalArgumentException("invalid table prefix");
        }
        return prefix;
    }
}
