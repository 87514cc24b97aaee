package io.cartbridge.agent.cart.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Holds each configured statement to its contract on the cart's database, without running it: the statement is
 * prepared (MariaDB and PostgreSQL both parse it then, and resolve its tables and columns) and a query's result
 * columns are read from its {@link ResultSetMetaData}. A statement the database refuses, or a query without a column
 * the contract requires, gives one sentence naming the statement's property:
 * {@code cartbridge.stores.shop.sql.order-lines: no column 'sku' in its result (columns: order_id, qty)}.
 */
final class SqlStatementCheck {

    private static final Set<Integer> NUMBERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.NUMERIC, Types.DECIMAL);

    /**
     * What the check found.
     *
     * @param problem        the first statement that breaks its contract, in one sentence; {@code null} when none does
     * @param numericOrderId whether {@code orders}' {@code order_id} is a number (bound as one in every statement)
     */
    record Result(String problem, boolean numericOrderId) {
    }

    private SqlStatementCheck() {
    }

    static Result check(DataSource dataSource, SqlProperties settings, String prefix) {
        boolean numericOrderId = false;
        try (Connection connection = dataSource.getConnection()) {
            for (SqlStatement statement : SqlStatement.values()) {
                String text = statement.text(settings);
                if (text == null || text.isBlank()) {
                    continue;
                }
                String property = prefix + "." + statement.property;
                List<String> columns = new ArrayList<>();
                List<Integer> types = new ArrayList<>();
                SqlParams samples = SqlParams.samples(statement, numericOrderId);
                ParsedSql parsed = NamedParameterUtils.parseSqlStatement(text);
                try (PreparedStatement ps = connection.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, samples))) {
                    // orders is described untyped: its :after takes the type of order_id, which it tells
                    Object[] values = statement == SqlStatement.ORDERS ? new Object[0]
                            : NamedParameterUtils.buildValueArray(parsed, samples, null);
                    for (int i = 0; i < values.length; i++) {
                        // typed as when it runs: PostgreSQL describes the statement with these types
                        StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
                    }
                    if (statement.query()) {
                        ResultSetMetaData meta = ps.getMetaData();
                        if (meta == null) {
                            return new Result(property + ": returns no result (it must be a query)", false);
                        }
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                            types.add(meta.getColumnType(i));
                        }
                    } else {
                        // each makes the server parse the statement: MariaDB preparing it, PostgreSQL describing it
                        ps.getMetaData();
                        ps.getParameterMetaData();
                    }
                } catch (SQLException e) {
                    return new Result(property + ": the database refuses it: " + firstLine(e.getMessage()), false);
                }
                for (String required : statement.requiredColumns == null ? List.<String>of() : statement.requiredColumns) {
                    if (!columns.contains(required)) {
                        return new Result(property + ": no column '" + required + "' in its result (columns: "
                                + String.join(", ", columns) + ")", false);
                    }
                }
                if (statement == SqlStatement.ORDERS) {
                    numericOrderId = NUMBERS.contains(types.get(columns.indexOf("order_id")));
                }
                if (statement == SqlStatement.CHANGE_PROBE && columns.isEmpty()) {
                    return new Result(property + ": returns no column", false);
                }
            }
        } catch (SQLException e) {
            return new Result("cannot check the statements of " + prefix + ": " + firstLine(e.getMessage()), false);
        }
        return new Result(null, numericOrderId);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        // MariaDB's driver puts its connection id first: no use to the reader
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^\\(conn=\\d+\\) ", "").strip();
    }
}
