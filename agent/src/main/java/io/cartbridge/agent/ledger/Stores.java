package io.cartbridge.agent.ledger;

/**
 * Store names as the ledger knows them. Every "applied once" key of the ledger includes the store (the shop
 * whose cart the rows belong to); the agent's single-shop properties are the store named {@link #DEFAULT},
 * which is also what every row from before stores were known is recorded under.
 */
public final class Stores {

    /** The store of the single-shop properties ({@code cartbridge.cart.*}). */
    public static final String DEFAULT = "default";

    private Stores() {
    }
}
