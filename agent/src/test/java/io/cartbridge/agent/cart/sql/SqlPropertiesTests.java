package io.cartbridge.agent.cart.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.cartbridge.agent.cart.CartPlatforms;
import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The SQL plugin's settings, checked before any database is touched: which statements, which parameters. */
class SqlPropertiesTests {

    static final String PREFIX = "cartbridge.stores.shop.sql";

    /** The example's statements, bound as the agent binds them. */
    static SqlProperties example(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(SqlTestShop.exampleSettings());
        settings.putAll(overrides);
        settings.values().removeIf(String::isEmpty);
        return (SqlProperties) new SqlPlatform().bind(new Binder(new MapConfigurationPropertySource(settings)), PREFIX);
    }

    @Test
    void theExampleStatementsAreValid() {
        SqlProperties example = example(Map.of());

        example.validate(PREFIX);

        assertThat(example.orders()).startsWith("SELECT o.id AS order_id");
        assertThat(example.describe()).isEqualTo("statements with shipped-lines, ship-line, order-note, change-probe");
    }

    @Test
    void theSqlPlatformIsRegisteredAndTakesPostgreSqlUrls() {
        assertThat(CartPlatforms.installed().names()).contains("sql");
        CartProperties store = new CartProperties("sql", "jdbc:postgresql://db:5432/shop", "u", "secret", null)
                .bindPlatform(new Binder(new MapConfigurationPropertySource(SqlTestShop.exampleSettings())), "cartbridge.stores.shop");

        store.validate();

        assertThat(store.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> new CartProperties("woocommerce", "jdbc:postgresql://db:5432/shop", "u", "p", null).validate())
                .isInstanceOf(ConfigurationException.class).hasMessage("cartbridge.cart.url must be a MariaDB JDBC URL "
                        + "(jdbc:mariadb://host:port/database)");
    }

    @Test
    void aRequiredStatementMissingIsNamed() {
        assertThatThrownBy(() -> example(Map.of(PREFIX + ".set-stock", "")).validate(PREFIX))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(PREFIX + ".set-stock must be set");
    }

    @Test
    void aParameterTheContractDoesNotGiveIsNamedWithThoseItDoes() {
        assertThatThrownBy(() -> example(Map.of(PREFIX + ".mark-shipped",
                "UPDATE customer_order SET status = 'shipped' WHERE id = :order_id AND warehouse = :warehouse")).validate(PREFIX))
                .hasMessage(PREFIX + ".mark-shipped: no parameter :warehouse (it is given :order_id, :shipment_id, :ship_date, "
                        + ":carrier, :service, :tracking_numbers, :tracking_number, :complete, :shipped_units)");
    }

    @Test
    void theOrdersPageMustUseItsCursorAndLimit() {
        assertThatThrownBy(() -> example(Map.of(PREFIX + ".orders",
                "SELECT id AS order_id FROM customer_order WHERE status = 'paid' ORDER BY id LIMIT :limit")).validate(PREFIX))
                .hasMessage(PREFIX + ".orders must use the parameter :after");
    }

    @Test
    void aPostgreSqlCastIsNotAParameter() {
        example(Map.of(PREFIX + ".set-stock",
                "UPDATE product SET stock = CAST(:quantity AS integer), updated_at = now()::timestamp WHERE sku = :sku"))
                .validate(PREFIX);
    }

    @Test
    void shippedLinesAndShipLineComeTogether() {
        assertThatThrownBy(() -> example(Map.of(PREFIX + ".ship-line", "")).validate(PREFIX))
                .hasMessage(PREFIX + ".shipped-lines and " + PREFIX + ".ship-line go together: one reads what the other records");
    }
}
