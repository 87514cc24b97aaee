package io.cartbridge.agent.cart;

/**
 * The shop's database cannot be used as configured: it cannot be reached, or the platform's tables are
 * not where the settings say. The message is the one {@code cartbridge check} prints on its
 * {@value #SUBJECT} line, so that a run and the check say the same thing in the same words.
 */
public class CartDatabaseException extends RuntimeException {

    /** What the message is about, as {@code check} names it. */
    public static final String SUBJECT = "cart database";

    private final String detail;

    public CartDatabaseException(String detail, Throwable cause) {
        super(SUBJECT + ": " + detail, cause);
        this.detail = detail;
    }

    /** {@return the message without its subject: "no table wp2_wc_orders (...)"} */
    public String detail() {
        return detail;
    }
}
