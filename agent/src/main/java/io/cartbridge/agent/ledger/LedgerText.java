package io.cartbridge.agent.ledger;

/**
 * Free text for the ledger's {@code VARCHAR(2000)} columns (a reason, a cart call's detail, tracking numbers): a longer
 * text is cut with {@code ...} rather than failing the write, since the ledger row matters more than the text's tail.
 */
final class LedgerText {

    private static final int COLUMN = 2000;

    private LedgerText() {
    }

    /** {@return {@code text} as it fits the column: itself, or its first 1997 characters and {@code ...}} */
    static String fitted(String text) {
        return text == null || text.length() <= COLUMN ? text : text.substring(0, COLUMN - 3) + "...";
    }
}
