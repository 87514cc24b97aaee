package io.cartbridge.agent.cart;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A cart platform's paid orders, a page at a time after an opaque cursor, in a stable order: every paid order
 * that is not yet shipped, with its lines (SKU resolved), ship-to address and shipping method. The core decides
 * which of them still need sending, and adapts the pages to a Spring Batch reader whose checkpoint is the
 * {@link CartOrder#cursor()} of the last order of a committed chunk.
 *
 * <p>The cursor is the plugin's own: the order id as text for a keyset on one unique key (WooCommerce's
 * {@code wc_orders.id}, Magento's {@code sales_order.entity_id}, PrestaShop's {@code id_order}), or any text that
 * encodes a composite key ({@code "2026-05-01T10:00:00|1042"} for {@code (updated_at, id)}). Implementations hold
 * no state between calls and may be called from a prefetch thread (never two calls at once).
 */
public interface OrderSource {

    /**
     * Up to {@code limit} orders that come after {@code afterCursor}, in cursor order; fewer than {@code limit} only
     * when there are no more.
     *
     * @param afterCursor the {@link CartOrder#cursor()} of the last order handed out, or {@code null} for the first page
     * @throws IllegalArgumentException when the cursor is not one this source made
     */
    List<CartOrder> page(String afterCursor, int limit);

    /**
     * The units ordered per SKU on each of these orders, as the order source resolves SKUs; lines without a SKU are
     * left out, and an order the cart does not have counts nothing (absent, or an empty map). Used by the core to work out the stock promised to
     * orders the warehouse had not seen. A few set-based queries whatever the number of orders.
     *
     * @return cart order id → SKU → units
     */
    Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds);
}
