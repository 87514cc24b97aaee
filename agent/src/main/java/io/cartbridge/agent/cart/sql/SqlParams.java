package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The values of a configured statement's parameters, each bound with the SQL type of its contract, also when it is
 * {@code null}: PostgreSQL infers no type for a parameter it sees only in {@code CONCAT(...)} or a select list, and
 * would refuse the statement, so the type always travels with the value. Order ids are numbers or text, as
 * {@code orders}' {@code order_id} column is.
 */
final class SqlParams extends MapSqlParameterSource {

    private final boolean numericOrderIds;

    SqlParams(boolean numericOrderIds) {
        this.numericOrderIds = numericOrderIds;
    }

    /** Binds {@code value} (a collection for {@code :order_ids} and {@code :skus}) with the parameter's type. */
    SqlParams set(String name, Object value) {
        addValue(name, value, type(name));
        return this;
    }

    int type(String name) {
        return switch (name) {
            case "after", "order_id", "order_ids" -> numericOrderIds ? Types.BIGINT : Types.VARCHAR;
            case "limit" -> Types.INTEGER;
            case "complete" -> Types.BOOLEAN;
            case "ship_date" -> Types.DATE;
            case "quantity", "quantity_total", "shipped_units" -> Types.DECIMAL;
            default -> Types.VARCHAR;
        };
    }

    /** One value of each parameter of the statement, of its type, a list parameter as one value: for the check. */
    static SqlParams samples(SqlStatement statement, boolean numericOrderIds) {
        SqlParams params = new SqlParams(numericOrderIds);
        for (String name : statement.parameters()) {
            Object sample = switch (params.type(name)) {
                case Types.BIGINT -> 0L;
                case Types.INTEGER -> 1;
                case Types.BOOLEAN -> Boolean.FALSE;
                case Types.DATE -> LocalDate.of(2000, 1, 1);
                case Types.DECIMAL -> BigDecimal.ZERO;
                default -> "";
            };
            params.set(name, sample);
        }
        return params;
    }
}
