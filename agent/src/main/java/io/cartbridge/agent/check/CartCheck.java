package io.cartbridge.agent.check;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartDatabaseException;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.ConnectionContext;
import org.springframework.stereotype.Component;

/**
 * The shop's database, checked exactly as a job's first use of the cart checks it
 * ({@link CartDatabase#plugin()}): the settings, the connection, the platform's tables under the prefix.
 */
@Component
class CartCheck {

    CheckResult check(ConnectionContext context) {
        String connection = context.name();
        CartDatabase cart = context.cart();
        try {
            CartPlugin plugin = cart.plugin();
            return CheckResult.passed(connection, CartDatabaseException.SUBJECT, cart.address() + ", " + plugin.describe());
        } catch (CartDatabaseException e) {
            return CheckResult.failed(connection, CartDatabaseException.SUBJECT, e.detail());
        } catch (ConfigurationException e) {
            return CheckResult.failed(connection, CartDatabaseException.SUBJECT, e.getMessage());
        }
    }
}
