package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments onto Magento orders, as Magento's own Ship action ({@code ShipOrderInterface}, REST
 * {@code POST /V1/order/{id}/ship}) writes them, in one transaction: the shipment, its items and tracks
 * ({@link Magento2ShipmentRows}), {@code qty_shipped} on the order items Magento ships (a configurable's parent item),
 * with MSI the source deduction and the balancing reservation ({@link Magento2SourceDeduction}), the order's state and
 * the grids ({@link Magento2OrderStates}), and the core's note on the order's history. The units of a SKU go to the
 * order's items of that SKU in item order, each up to what Magento has left to ship of it; a shipment of nothing (every
 * unit backordered) creates no Magento shipment, only the note. Shipments are recognised by their comment, so that one
 * the cart took in a transaction whose ledger commit was lost is not written twice.
 */
final class Magento2ShipmentSink implements ShipmentSink {

    /** {@code %s}: one bound placeholder per order id. */
    private static final String LOCK = """
            SELECT entity_id, increment_id, store_id, customer_id, shipping_address_id, billing_address_id
            FROM {sales_order} WHERE entity_id IN (%s) FOR UPDATE""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String APPLIED = """
            SELECT s.order_id, c.comment FROM {sales_shipment} s
            JOIN {sales_shipment_comment} c ON c.parent_id = s.entity_id
            WHERE s.order_id IN (%s) AND c.comment LIKE 'Warehouse shipment %%'
            ORDER BY c.entity_id""";
    /**
     * {@code %s}: one bound placeholder per order id, then one per item id. Found through the orders' items: Magento has
     * no index on {@code parent_item_id}.
     */
    private static final String CHILDREN = """
            SELECT parent_item_id, sku, COALESCE(qty_ordered, 0) FROM {sales_order_item}
            WHERE order_id IN (%s) AND parent_item_id IN (%s)
            ORDER BY item_id""";

    /**
     * {@code %s}: one bound placeholder per order id. Each child of a bundle shipped separately, with its bundle item:
     * Magento's {@code ShipmentFactory} adds the bundle (a dummy for shipping) to every shipment of its children, with
     * quantity 1, and registers that unit on the bundle's {@code qty_shipped}.
     */
    private static final String SEPARATE_BUNDLES = """
            SELECT c.item_id, p.order_id, p.item_id, p.product_id, p.product_type, p.sku, p.name, p.price, p.weight
            FROM {sales_order_item} c JOIN {sales_order_item} p ON p.item_id = c.parent_item_id
            WHERE c.order_id IN (%s) AND p.order_id = c.order_id
              AND COALESCE(JSON_VALUE(p.product_options, '$.shipment_type'), '0') = '1'""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Magento2OrderItems items;
    private final Magento2ShipmentRows rows;
    private final Magento2OrderStates states;
    private final Magento2SourceDeduction deduction;
    private final String lockSql;
    private final String appliedSql;
    private final String childrenSql;
    private final String separateBundlesSql;

    /** @param deduction the MSI writes, or {@code null} on an install with legacy stock only (stock left at placement) */
    Magento2ShipmentSink(JdbcTemplate jdbc, TransactionTemplate transaction, Magento2Tables tables,
                         Magento2SourceDeduction deduction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.items = new Magento2OrderItems(jdbc, tables);
        this.rows = new Magento2ShipmentRows(jdbc, tables);
        this.states = new Magento2OrderStates(jdbc, tables);
        this.deduction = deduction;
        this.lockSql = tables.sql(LOCK);
        this.appliedSql = tables.sql(APPLIED);
        this.childrenSql = tables.sql(CHILDREN);
        this.separateBundlesSql = tables.sql(SEPARATE_BUNDLES);
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Set<Long> ids = new TreeSet<>(Magento2OrderSource.orderIds(cartOrderIds));
        if (ids.isEmpty()) {
            decide.apply(Map.of());
            return;
        }
        transaction.executeWithoutResult(status -> applyLocked(ids, decide));
    }

    private void applyLocked(Set<Long> ids, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Map<Long, Magento2ShipmentRows.Order> orders = new LinkedHashMap<>();
        jdbc.query(lockSql.formatted(SqlRows.placeholders(ids.size())), rs -> {
            long customer = rs.getLong(4);
            Long customerId = rs.wasNull() ? null : customer;
            long shipping = rs.getLong(5);
            Long shippingId = rs.wasNull() ? null : shipping;
            long billing = rs.getLong(6);
            orders.put(rs.getLong(1), new Magento2ShipmentRows.Order(rs.getLong(1), rs.getString(2), rs.getInt(3),
                    customerId, shippingId, rs.wasNull() ? null : billing));
        }, ids.toArray());
        if (orders.isEmpty()) {
            decide.apply(Map.of());
            return;
        }
        Map<Long, List<Magento2OrderItems.Item>> shippable = items.items(orders.keySet());
        Map<Long, List<String>> applied = applied(orders.keySet());
        Map<String, OrderState> read = new HashMap<>();
        orders.keySet().forEach(id -> read.put(Long.toString(id), state(shippable.getOrDefault(id, List.of()),
                applied.getOrDefault(id, List.of()))));
        List<ShipmentWrite> writes = decide.apply(read);
        if (writes.isEmpty()) {
            return;
        }
        Map<Long, List<Child>> children = children(shippable);
        Map<Long, Magento2OrderItems.Item> bundleOf = separateBundles(orders.keySet());
        Map<Long, BigDecimal> shippedNow = new HashMap<>();
        Map<Long, Boolean> complete = new LinkedHashMap<>();
        List<Long> shipments = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        for (ShipmentWrite write : writes) {
            long orderId = Long.parseLong(write.update().cartOrderId().trim());
            Magento2ShipmentRows.Order order = orders.get(orderId);
            List<Magento2OrderItems.Item> orderItems = shippable.getOrDefault(orderId, List.of());
            List<Magento2ShipmentRows.Shipped> shipped = allot(orderItems, write.shippedNow(), shippedNow);
            if (!shipped.isEmpty()) {
                Map<Long, Magento2OrderItems.Item> bundles = new LinkedHashMap<>();
                shipped.forEach(x -> {
                    Magento2OrderItems.Item bundle = bundleOf.get(x.item().itemId());
                    if (bundle != null) {
                        bundles.putIfAbsent(bundle.itemId(), bundle);
                    }
                });
                long shipmentId = rows.write(order, shipped, List.copyOf(bundles.values()), write.update().shipmentId(),
                        write.update().carrier(), write.update().trackingNumbers());
                shipments.add(shipmentId);
                if (deduction != null) {
                    deduction.shipped(shipmentId, orderId, order.incrementId(), deduction.stockId(order.storeId()),
                            skuUnits(shipped, children));
                }
            }
            complete.merge(orderId, write.orderComplete(), (a, b) -> b);
            if (write.note() != null) {
                notes.add(new Object[] {orderId, write.note()});
            }
        }
        complete.forEach((orderId, core) -> {
            boolean nothingLeft = shippable.getOrDefault(orderId, List.of()).stream()
                    .allMatch(i -> i.toShip().compareTo(shippedNow.getOrDefault(i.itemId(), BigDecimal.ZERO)) <= 0);
            states.shipped(orderId, core && nothingLeft);
        });
        states.grid(complete.keySet());
        rows.grid(shipments);
        notes.forEach(n -> states.note((Long) n[0], (String) n[1], "shipment"));
    }

    /** What the cart holds of one order: per SKU, the units Magento ships in all and those shipped so far. */
    static OrderState state(List<Magento2OrderItems.Item> orderItems, List<String> applied) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        Map<String, BigDecimal> shipped = new LinkedHashMap<>();
        boolean withoutSku = false;
        for (Magento2OrderItems.Item item : orderItems) {
            if (item.toShipInAll().signum() <= 0) {
                continue;
            }
            if (item.skuOrNull() == null) {
                withoutSku |= item.toShip().signum() > 0;
                continue;
            }
            ordered.merge(item.skuOrNull(), item.toShipInAll(), BigDecimal::add);
            if (item.shipped().signum() > 0) {
                shipped.merge(item.skuOrNull(), item.shipped(), BigDecimal::add);
            }
        }
        return new OrderState(ordered, withoutSku, shipped, applied);
    }

    /**
     * The units of each SKU spread over the order's items of that SKU, in item order (as Magento lists a shipment's
     * items), each item up to what it has left to ship.
     */
    static List<Magento2ShipmentRows.Shipped> allot(List<Magento2OrderItems.Item> orderItems,
                                                           Map<String, BigDecimal> units, Map<Long, BigDecimal> shippedNow) {
        Map<String, BigDecimal> left = new HashMap<>(units);
        List<Magento2ShipmentRows.Shipped> shipped = new ArrayList<>();
        for (Magento2OrderItems.Item item : orderItems) {
            BigDecimal wanted = item.skuOrNull() == null ? null : left.get(item.skuOrNull());
            if (wanted == null || wanted.signum() <= 0) {
                continue;
            }
            BigDecimal open = item.toShip().subtract(shippedNow.getOrDefault(item.itemId(), BigDecimal.ZERO));
            BigDecimal take = open.min(wanted);
            if (take.signum() > 0) {
                shipped.add(new Magento2ShipmentRows.Shipped(item, take));
                shippedNow.merge(item.itemId(), take, BigDecimal::add);
                left.put(item.skuOrNull(), wanted.subtract(take));
            }
        }
        return shipped;
    }

    /**
     * The SKUs whose stock a shipment takes, as MSI's {@code GetItemsToDeductFromShipment} finds them: an item's own SKU,
     * or for an item with children (a configurable, a bundle shipped together) each child's SKU, in the child's share of
     * the parent's quantity.
     */
    private static Map<String, BigDecimal> skuUnits(List<Magento2ShipmentRows.Shipped> shipped,
                                                    Map<Long, List<Child>> children) {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        for (Magento2ShipmentRows.Shipped s : shipped) {
            List<Child> kids = children.get(s.item().itemId());
            if (kids == null || kids.isEmpty() || s.item().ordered().signum() == 0) {
                if (s.item().skuOrNull() != null) {
                    units.merge(s.item().skuOrNull(), s.quantity(), BigDecimal::add);
                }
                continue;
            }
            for (Child kid : kids) {
                BigDecimal share = kid.ordered().divide(s.item().ordered(), 8, RoundingMode.HALF_UP).multiply(s.quantity())
                        .setScale(4, RoundingMode.HALF_UP);
                units.merge(kid.sku(), share, BigDecimal::add);
            }
        }
        return units;
    }

    /** Child item id → its bundle item, for the bundles shipped separately of these orders. */
    private Map<Long, Magento2OrderItems.Item> separateBundles(Set<Long> orderIds) {
        Map<Long, Magento2OrderItems.Item> bundles = new HashMap<>();
        jdbc.query(separateBundlesSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            long productId = rs.getLong(4);
            Long product = rs.wasNull() ? null : productId;
            bundles.put(rs.getLong(1), new Magento2OrderItems.Item(rs.getLong(2), rs.getLong(3), product, rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), BigDecimal.ONE,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }, orderIds.toArray());
        return bundles;
    }

    /** The warehouse shipment ids of the order's shipments, from their comments. */
    private Map<Long, List<String>> applied(Set<Long> orderIds) {
        Map<Long, List<String>> applied = new HashMap<>();
        jdbc.query(appliedSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            applied.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Magento2ShipmentRows.shipmentId(rs.getString(2)));
        }, orderIds.toArray());
        return applied;
    }

    /** Item id → its children's SKUs and quantities, for the items that have children. */
    private Map<Long, List<Child>> children(Map<Long, List<Magento2OrderItems.Item>> shippable) {
        Set<Long> itemIds = new LinkedHashSet<>();
        shippable.values().forEach(list -> list.forEach(i -> itemIds.add(i.itemId())));
        Map<Long, List<Child>> children = new HashMap<>();
        if (itemIds.isEmpty()) {
            return children;
        }
        List<Object> args = new ArrayList<>(shippable.keySet());
        args.addAll(itemIds);
        jdbc.query(childrenSql.formatted(SqlRows.placeholders(shippable.size()),
                SqlRows.placeholders(itemIds.size())), rs -> {
            String sku = Magento2OrderSource.blankToNull(rs.getString(2));
            if (sku != null) {
                children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Child(sku, rs.getBigDecimal(3)));
            }
        }, args.toArray());
        return children;
    }

    /** A child item of a configurable or bundle item: its SKU and quantity ordered. */
    private record Child(String sku, BigDecimal ordered) {
    }
}
