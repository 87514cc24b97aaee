package io.cartbridge.agent.cart.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How an order id is bound: as a number when {@code orders}' {@code order_id} column is one (PostgreSQL compares a
 * {@code bigint} with no text parameter), else as text. The core keeps order ids and cursors as text.
 */
final class SqlOrderIds {

    private final boolean numeric;

    SqlOrderIds(boolean numeric) {
        this.numeric = numeric;
    }

    /** {@return the id as bound, or {@code null} when it cannot be an order id of this cart} */
    Object bind(String id) {
        if (id == null) {
            return null;
        }
        if (!numeric) {
            return id;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ids that can be order ids of this cart, as bound. */
    List<Object> bindAll(Collection<String> ids) {
        List<Object> bound = new ArrayList<>();
        for (String id : ids) {
            Object value = bind(id);
            if (value != null && !bound.contains(value)) {
                bound.add(value);
            }
        }
        return bound;
    }

    /** Parameters whose order ids are bound as this cart's are. */
    SqlParams params() {
        return new SqlParams(numeric);
    }

    /** The {@code :after} of the first page: below every order id. */
    Object first() {
        return numeric ? Long.MIN_VALUE : "";
    }

    /** The {@code :after} of a later page, from the cursor of the last order handed out. */
    Object after(String cursor) {
        Object value = bind(cursor);
        if (value == null) {
            throw new IllegalArgumentException("not an order cursor of this cart: '" + cursor + "'");
        }
        return value;
    }

    /** The id as the core keeps it. */
    static String text(Object bound) {
        return bound.toString();
    }
}
