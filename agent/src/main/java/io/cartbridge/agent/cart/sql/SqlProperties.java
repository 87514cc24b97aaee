package io.cartbridge.agent.cart.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * The generic SQL plugin's settings of one store: {@code cartbridge.stores.<store>.sql.*}, one SQL statement each,
 * with named parameters ({@code :order_id}) that the plugin binds; the statement text is used as given, never joined
 * with data. The contract of each (parameters given, columns expected) is {@link SqlStatement}'s and the README's.
 *
 * @param orders       the paid orders not yet shipped, a page at a time (required)
 * @param orderLines   the lines of some orders that need shipping (required)
 * @param shippedLines what earlier shipments of some orders shipped per SKU (optional; with {@code ship-line})
 * @param markShipped  writes one warehouse shipment of one order: carrier, tracking, shipped state when complete (required)
 * @param shipLine     records the units of one SKU one shipment shipped (optional; with {@code shipped-lines})
 * @param stockLevels  the current stock of some SKUs and whether the cart manages it (required)
 * @param setStock     sets the stock of one SKU (required)
 * @param orderNote    adds a note staff see on an order, unless the same text is there (optional)
 * @param changeProbe  one cheap row that changes whenever an order is paid, for {@code serve}'s trigger (optional)
 */
public record SqlProperties(String orders, String orderLines, String shippedLines, String markShipped, String shipLine,
                            String stockLevels, String setStock, String orderNote, String changeProbe)
        implements PlatformSettings {

    /**
     * Checks what can be checked without the database: the required statements are there, {@code ship-line} and
     * {@code shipped-lines} come together, and each statement uses the parameters its contract gives it and those it
     * must use. Whether each parses and returns the contract's columns is checked on the database
     * ({@link SqlStatementCheck}).
     */
    @Override
    public void validate(String prefix) {
        for (SqlStatement statement : SqlStatement.values()) {
            String text = statement.text(this);
            String property = prefix + "." + statement.property;
            if (text == null || text.isBlank()) {
                if (statement.required) {
                    throw new ConfigurationException(property + " must be set (the generic SQL plugin's statement for "
                            + "it; see the README, \"Generic SQL plugin\")");
                }
                continue;
            }
            checkParameters(statement, text, property);
        }
        if ((shippedLines == null || shippedLines.isBlank()) != (shipLine == null || shipLine.isBlank())) {
            throw new ConfigurationException(prefix + ".shipped-lines and " + prefix + ".ship-line go together: "
                    + "one reads what the other records");
        }
    }

    private static void checkParameters(SqlStatement statement, String text, String property) {
        Set<String> used = parameterNames(text);
        List<String> unknown = new ArrayList<>();
        for (String name : used) {
            if (!statement.parameters().contains(name)) {
                unknown.add(":" + name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigurationException(property + ": no parameter " + String.join(", ", unknown)
                    + " (it is given " + (statement.parameters().isEmpty() ? "none"
                    : String.join(", ", statement.parameters().stream().map(p -> ":" + p).toList())) + ")");
        }
        for (String name : statement.requiredParameters) {
            if (!used.contains(name)) {
                throw new ConfigurationException(property + " must use the parameter :" + name);
            }
        }
    }

    /** The named parameters of a statement, as Spring's {@code NamedParameterJdbcTemplate} parses them. */
    static Set<String> parameterNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (SqlParameter p : NamedParameterUtils.buildSqlParameterList(NamedParameterUtils.parseSqlStatement(text),
                EmptySqlParameterSource.INSTANCE)) {
            names.add(p.getName());
        }
        return names;
    }

    @Override
    public String describe() {
        List<String> optional = new ArrayList<>();
        for (SqlStatement statement : SqlStatement.values()) {
            if (!statement.required && statement.text(this) != null && !statement.text(this).isBlank()) {
                optional.add(statement.property);
            }
        }
        return "statements" + (optional.isEmpty() ? "" : " with " + String.join(", ", optional));
    }
}
