package io.cartbridge.agent.cart.sql;

import java.util.Optional;

import javax.sql.DataSource;

import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.ChangeProbe;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cart without a plugin of its own, on MariaDB or PostgreSQL, through the statements its store configures
 * ({@link SqlProperties}, contract in {@link SqlStatement}). Before first use every statement is held to its contract
 * on the database ({@link #missingTables()}): a job and {@code check} then fail with a sentence naming the statement's
 * property. Order notes and the change probe are offered when their statements are configured.
 */
final class SqlPlugin implements CartPlugin {

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final SqlProperties settings;
    private final String settingsPrefix;
    private final TransactionTemplate transaction;
    private volatile SqlOrderIds ids;

    /** @param settingsPrefix where the statements are, for messages: {@code cartbridge.stores.shop.sql} */
    SqlPlugin(DataSource dataSource, SqlProperties settings, String settingsPrefix) {
        this.dataSource = dataSource;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.settings = settings;
        this.settingsPrefix = settingsPrefix;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Checks every statement against its contract; also learns whether order ids are numbers. */
    @Override
    public String missingTables() {
        SqlStatementCheck.Result result = SqlStatementCheck.check(dataSource, settings, settingsPrefix);
        if (result.problem() == null) {
            ids = new SqlOrderIds(result.numericOrderId());
        }
        return result.problem();
    }

    @Override
    public String describe() {
        return "generic SQL plugin, " + settings.describe();
    }

    @Override
    public OrderSource orderSource() {
        return new SqlOrderSource(jdbc, settings.orders(), ids(), lines());
    }

    @Override
    public ShipmentSink shipmentSink() {
        return new SqlShipmentSink(jdbc, transaction, settings, ids(), lines(), orderNotes().orElse(null));
    }

    @Override
    public InventorySink inventorySink() {
        return new SqlInventorySink(jdbc, transaction, settings);
    }

    @Override
    public Optional<OrderNotes> orderNotes() {
        return present(settings.orderNote()) ? Optional.of(new SqlOrderNotes(jdbc, settings.orderNote(), ids()))
                : Optional.empty();
    }

    @Override
    public Optional<ChangeProbe> changes() {
        return present(settings.changeProbe()) ? Optional.of(new SqlChangeProbe(jdbc, settings.changeProbe()))
                : Optional.empty();
    }

    private SqlOrderLines lines() {
        return new SqlOrderLines(jdbc, settings.orderLines(), ids());
    }

    private SqlOrderIds ids() {
        SqlOrderIds known = ids;
        if (known == null) {
            String problem = missingTables();
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            known = ids;
        }
        return known;
    }

    private static boolean present(String statement) {
        return statement != null && !statement.isBlank();
    }
}
