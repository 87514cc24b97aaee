package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.sql.SqlCartLoopIT;
import io.cartbridge.agent.cart.sql.SqlTestShop;
import io.cartbridge.agent.cart.sql.SqlTestShop.Engine;
import io.cartbridge.agent.support.TestAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code check} and a run with the generic SQL plugin's statements wrong, on MariaDB and on PostgreSQL (which find a
 * statement's faults in different ways: MariaDB preparing it, PostgreSQL describing it): each says which statement
 * (its property) and what is wrong in one line, and never prints the cart database's password.
 */
class SqlPluginCheckIT {

    static final String SECRET = "s3cret-cart-pw";

    @TempDir
    Path folder;
    TestAgent agent;
    SqlTestShop shop;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        if (shop != null) {
            shop.close();
        }
        agent.close();
    }

    private void start(Engine engine) {
        agent = new TestAgent(folder);
        shop = new SqlTestShop(engine);
    }

    @Test
    void theExampleStatementsPassTheCheckOnPostgreSql() {
        Engine engine = Engine.POSTGRESQL;
        start(engine);

        cli(engine, Map.of(), "check");

        assertThat(line("cart database")).isEqualTo("cart database: OK (" + shop.url() + " as " + shop.user()
                + ", generic SQL plugin, statements with shipped-lines, ship-line, order-note, change-probe)");
        assertThat(output()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aQueryWithoutARequiredColumnIsNamedByItsProperty(Engine engine) {
        start(engine);

        int exit = cli(engine, Map.of("cartbridge.stores.shop.sql.order-lines",
                "SELECT i.order_id, i.qty AS quantity FROM order_item i WHERE i.order_id IN (:order_ids)"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("cart database")).isEqualTo("cart database: cartbridge.stores.shop.sql.order-lines: no column 'sku' "
                + "in its result (columns: order_id, quantity)");
        assertThat(output()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStatementTheDatabaseCannotParseIsNamedByItsProperty(Engine engine) {
        start(engine);

        int exit = cli(engine, Map.of("cartbridge.stores.shop.sql.mark-shipped",
                "UPDATE customer_order SET status = WHERE id = :order_id"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("cart database")).startsWith("cart database: cartbridge.stores.shop.sql.mark-shipped: the database "
                + "refuses it: ").containsIgnoringCase("syntax");
        assertThat(output()).doesNotContain(SECRET);
    }

    @Test
    void aRunFailsWithTheSameSentenceAndSendsNothing() {
        start(Engine.POSTGRESQL);

        int exit = cli(Engine.POSTGRESQL, Map.of("cartbridge.stores.shop.sql.order-lines",
                "SELECT i.order_id, i.qty AS quantity FROM order_item i WHERE i.order_id IN (:order_ids)"), "run", "order-export");

        assertThat(exit).isEqualTo(1);
        assertThat(output()).as(this::output).contains("FAILED").contains("cartbridge.stores.shop.sql.order-lines: no column "
                + "'sku' in its result (columns: order_id, quantity)").doesNotContain(SECRET);
        assertThat(agent.inboundFiles()).isEmpty();
    }

    @Test
    void aParameterTheContractDoesNotGiveIsAConfigurationError() {
        start(Engine.MARIADB);

        int exit = cli(Engine.MARIADB, Map.of("cartbridge.stores.shop.sql.order-note",
                "INSERT INTO order_note (order_id, note, created_at) VALUES (:order, :text, CURRENT_TIMESTAMP)"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("settings")).as("the settings fail before any database is asked")
                .isEqualTo("settings: cartbridge.stores.shop.sql.order-note: no parameter :order (it is given :order_id, :text)");
    }

    private int cli(Engine engine, Map<String, String> overrides, String... command) {
        Map<String, String> settings = new HashMap<>(overrides);
        if (engine == Engine.POSTGRESQL) {
            // the server trusts every local login: a password that must never show up in what is printed
            settings.putIfAbsent("cartbridge.stores.shop.password", SECRET);
        }
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(SqlCartLoopIT.settings(agent, shop, settings));
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private String line(String subject) {
        return out.toString(StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> l.startsWith(subject + ": "))
                .findFirst().orElseThrow(() -> new AssertionError("no line '" + subject + "' in:\n" + output()));
    }
}
