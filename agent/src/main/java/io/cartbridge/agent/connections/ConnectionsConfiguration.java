package io.cartbridge.agent.connections;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The connections, and the single store, partner and shipping methods the jobs read until they run one
 * partition per connection: the shorthand's, or those of the only connection of the maps.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

    @Bean
    Connections connections(Environment environment) {
        return Connections.bind(Binder.get(environment));
    }

    @Bean
    CartProperties cartProperties(Connections connections) {
        return connections.jobCart();
    }

    @Bean
    WarehouseProperties warehouseProperties(Connections connections) {
        return connections.jobWarehouse();
    }

    @Bean
    ShippingMethodProperties shippingMethodProperties(Connections connections) {
        return connections.jobShippingMethods();
    }
}
