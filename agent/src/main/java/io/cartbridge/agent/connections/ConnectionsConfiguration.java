package io.cartbridge.agent.connections;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The connections, bound from the environment (checked when something needs them). */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

    @Bean
    Connections connections(Environment environment) {
        return Connections.bind(Binder.get(environment));
    }
}
