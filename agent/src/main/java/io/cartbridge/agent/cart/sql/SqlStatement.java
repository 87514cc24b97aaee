package io.cartbridge.agent.cart.sql;

import java.util.List;
import java.util.stream.Stream;

/**
 * The statements a store on the generic SQL plugin configures, each with its contract: the property that holds it,
 * the named parameters it is given (those it must use, and those it may), and for a query the columns of its result
 * (required and optional, matched by label, case-insensitive). The README's "Generic SQL plugin" section says the same
 * in prose; {@link SqlStatementCheck} holds every configured statement to it.
 */
enum SqlStatement {

    /** Paid orders not yet shipped, after {@code :after}, ascending by {@code order_id}, at most {@code :limit}. */
    ORDERS("orders", true, List.of("after", "limit"), List.of(), List.of("order_id"),
            List.of("order_number", "created", "shipping_method", "customer_note", "ship_name", "ship_company",
                    "ship_address1", "ship_address2", "ship_city", "ship_state", "ship_postcode", "ship_country",
                    "ship_phone", "ship_email")),
    /** The lines that need shipping of the orders {@code :order_ids}, in line order. */
    ORDER_LINES("order-lines", true, List.of("order_ids"), List.of(), List.of("order_id", "sku", "quantity"),
            List.of("product_id", "name", "gtin")),
    /** What earlier shipments of the orders {@code :order_ids} shipped, as {@link #SHIP_LINE} recorded it. */
    SHIPPED_LINES("shipped-lines", false, List.of("order_ids"), List.of(),
            List.of("order_id", "shipment_id", "sku", "quantity"), List.of()),
    /** One warehouse shipment of one order: tracking, carrier, and the order's shipped state once complete. */
    MARK_SHIPPED("mark-shipped", true, List.of("order_id"),
            List.of("shipment_id", "ship_date", "carrier", "service", "tracking_numbers", "tracking_number", "complete",
                    "shipped_units"), null, null),
    /** One SKU of one shipment: the units shipped now and in all. */
    SHIP_LINE("ship-line", false, List.of("order_id", "sku", "quantity"),
            List.of("shipment_id", "ship_date", "quantity_total"), null, null),
    /** The current stock of the SKUs {@code :skus}, and whether the cart manages it. */
    STOCK_LEVELS("stock-levels", true, List.of("skus"), List.of(), List.of("sku", "quantity"), List.of("managed")),
    /** Sets the stock of one SKU whose level differs. */
    SET_STOCK("set-stock", true, List.of("sku", "quantity"), List.of(), null, null),
    /** Adds a note to an order, unless the same text is already on it. */
    ORDER_NOTE("order-note", false, List.of("order_id", "text"), List.of(), null, null),
    /** One row whose values change whenever an order is paid or a paid order changes. */
    CHANGE_PROBE("change-probe", false, List.of(), List.of(), List.of(), List.of());

    final String property;
    final boolean required;
    final List<String> requiredParameters;
    final List<String> optionalParameters;
    /** The columns of the result; {@code null} for a statement that returns none (an update). */
    final List<String> requiredColumns;
    final List<String> optionalColumns;

    SqlStatement(String property, boolean required, List<String> requiredParameters, List<String> optionalParameters,
                 List<String> requiredColumns, List<String> optionalColumns) {
        this.property = property;
        this.required = required;
        this.requiredParameters = requiredParameters;
        this.optionalParameters = optionalParameters;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    boolean query() {
        return requiredColumns != null;
    }

    /** {@return every parameter the statement is given; {@code :order_ids} and {@code :skus} are lists} */
    List<String> parameters() {
        return Stream.concat(requiredParameters.stream(), optionalParameters.stream()).toList();
    }

    /** {@return this statement's text in the store's settings, or {@code null}} */
    String text(SqlProperties settings) {
        return switch (this) {
            case ORDERS -> settings.orders();
            case ORDER_LINES -> settings.orderLines();
            case SHIPPED_LINES -> settings.shippedLines();
            case MARK_SHIPPED -> settings.markShipped();
            case SHIP_LINE -> settings.shipLine();
            case STOCK_LEVELS -> settings.stockLevels();
            case SET_STOCK -> settings.setStock();
            case ORDER_NOTE -> settings.orderNote();
            case CHANGE_PROBE -> settings.changeProbe();
        };
    }
}
