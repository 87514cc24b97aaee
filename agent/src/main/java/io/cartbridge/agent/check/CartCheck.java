package io.cartbridge.agent.check;

import java.util.List;

import io.cartbridge.agent.cart.ApiProbe;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartDatabaseException;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.ConnectionContext;
import org.springframework.stereotype.Component;

/**
 * The shop's database, checked exactly as a job's first use of the cart checks it
 * ({@link CartDatabase#plugin()}): the settings, the connection, the platform's tables under the prefix; and, for a
 * store that writes back through its web API, one read from the API with the configured credentials.
 */
@Component
class CartCheck {

    static final String API = "cart API";

    /** {@return the database's line, then the API's where the store writes back through it} */
    List<CheckResult> check(ConnectionContext context) {
        String connection = context.name();
        CartDatabase cart = context.cart();
        CartPlugin plugin;
        try {
            plugin = cart.plugin();
        } catch (CartDatabaseException e) {
            return List.of(CheckResult.failed(connection, CartDatabaseException.SUBJECT, e.detail()));
        } catch (ConfigurationException e) {
            return List.of(CheckResult.failed(connection, CartDatabaseException.SUBJECT, e.getMessage()));
        }
        CheckResult database = CheckResult.passed(connection, CartDatabaseException.SUBJECT, cart.address() + ", " + plugin.describe());
        return plugin.api().map(api -> List.of(database, api(connection, api))).orElse(List.of(database));
    }

    /** The API's line: what the probe found, or the platform's refusal or why it did not answer. */
    static CheckResult api(String connection, ApiProbe api) {
        try {
            return CheckResult.passed(connection, API, api.probe());
        } catch (CartApiRefusal e) {
            return CheckResult.failed(connection, API, "refused: " + e.getMessage());
        } catch (CartApiUnavailable e) {
            return CheckResult.failed(connection, API, e.getMessage());
        }
    }
}
