package io.cartbridge.agent.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.warehouse.Gtin;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides whether a paid order can go to the warehouse, and translates it to the canonical order.
 * An order that cannot (a line without SKU, or with a SKU the partner's SKU cross-reference does
 * not list, a GTIN whose check digit is wrong, a quantity that is not a positive whole number, no ship-to address, an unmapped
 * shipping method when mapping is strict) is held with every reason found, so store staff can fix
 * it all at once; it is sent by a later run once fixed. The canonical order's lines carry the
 * warehouse's item ids (the cart's SKUs when there is no cross-reference).
 */
class OrderChecker implements ItemProcessor<CartOrder, OrderCandidate> {

    private final ShippingMethodProperties shipping;
    private final ItemIdentity items;
    private final Connections connections;
    private final Connection connection;

    /**
     * @param connections every connection, for routing; null when this connection takes every order of its store
     * @param connection  the connection whose orders this checks (routing keeps the others' out)
     */
    OrderChecker(ShippingMethodProperties shipping, ItemIdentity items, Connections connections, Connection connection) {
        this.shipping = shipping;
        this.items = items;
        this.connections = connections;
        this.connection = connection;
    }

    OrderChecker(ShippingMethodProperties shipping, ItemIdentity items) {
        this(shipping, items, null, null);
    }

    /**
     * The order checked, or null when another connection of the store sends it. An order that no connection of
     * its store takes is held, by the store's first connection only, so that it is recorded once.
     */
    @Override
    public OrderCandidate process(CartOrder cart) {
        List<String> reasons = new ArrayList<>();
        if (connections != null) {
            String country = cart.shipTo() == null ? null : cart.shipTo().country();
            Optional<Connection> to = connections.route(connection.store(), country);
            if (to.isPresent() && !to.get().name().equals(connection.name())) {
                return null;
            }
            if (to.isEmpty()) {
                if (!connections.firstOfStore(connection.store()).name().equals(connection.name())) {
                    return null;
                }
                if (country != null) {
                    reasons.add("no warehouse ships to " + country.trim().toUpperCase(java.util.Locale.ROOT)
                            + " (no connection of store '" + connection.store() + "' lists it in ship-to-countries)");
                }
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        if (cart.lines().isEmpty()) {
            reasons.add("no product lines");
        }
        for (CartOrderLine line : cart.lines()) {
            String product = "line " + line.lineNumber() + " (" + (line.name() == null ? "product " + line.productId() : "'" + line.name() + "'") + ")";
            String item = line.sku() == null ? null : items.warehouseItem(line.sku());
            if (line.sku() == null) {
                reasons.add(product + " has no SKU");
            } else if (item == null) {
                reasons.add(product + " has SKU '" + line.sku() + "', which is not in the SKU cross-reference "
                        + "(cartbridge.warehouse.sku-cross-reference)");
            }
            String gtinProblem = line.upc() == null ? null : Gtin.problem(line.upc());
            if (gtinProblem != null) {
                reasons.add(product + " has GTIN '" + line.upc() + "', which " + gtinProblem);
            }
            BigDecimal qty = line.quantity();
            if (qty == null || qty.signum() <= 0) {
                reasons.add(product + " has quantity " + (qty == null ? "missing" : qty.toPlainString()) + ", not a positive number");
            } else if (qty.stripTrailingZeros().scale() > 0) {
                reasons.add(product + " has quantity " + qty.toPlainString() + ", not a whole number");
            } else if (item != null) {
                lines.add(new OrderLine(line.lineNumber(), item, line.upc(), line.name(), qty.intValueExact(), "EA"));
            }
        }
        checkAddress(cart.shipTo(), reasons);
        ShippingMethodProperties.Carrier carrier = cart.shippingMethod() == null ? null
                : shipping.shippingMethods().get(cart.shippingMethod());
        if (carrier == null && shipping.shippingMethodsStrict()) {
            reasons.add(cart.shippingMethod() == null ? "no shipping method"
                    : "shipping method '" + cart.shippingMethod() + "' is not mapped (set " + methodsProperty() + "."
                    + cart.shippingMethod() + ".carrier)");
        }
        if (!reasons.isEmpty()) {
            return OrderCandidate.held(cart, String.join("; ", reasons));
        }
        return OrderCandidate.ready(cart, new WarehouseOrder(cart.orderNumber(), cart.cartOrderId(), cart.created(),
                cart.shipTo(), cart.shippingMethod(), carrier == null ? null : carrier.carrier(),
                carrier == null ? null : carrier.service(), cart.customerNote(), lines, cart.customerReference()));
    }

    /** Where this connection's shipping methods are set: the single-shop shorthand's, or the connection's own. */
    private String methodsProperty() {
        return connection == null || connection.name().equals(Connections.DEFAULT) ? "cartbridge.shipping-methods"
                : "cartbridge.connections." + connection.name() + ".shipping-methods";
    }

    private static void checkAddress(Address shipTo, List<String> reasons) {
        if (shipTo == null) {
            reasons.add("no ship-to address");
            return;
        }
        List<String> missing = new ArrayList<>();
        if (shipTo.name() == null && shipTo.company() == null) {
            missing.add("name");
        }
        if (shipTo.city() == null) {
            missing.add("city");
        }
        if (shipTo.country() == null) {
            missing.add("country");
        }
        if (!missing.isEmpty()) {
            reasons.add("ship-to address has no " + String.join(", ", missing));
        }
    }
}
