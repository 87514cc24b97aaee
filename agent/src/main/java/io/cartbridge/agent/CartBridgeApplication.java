package io.cartbridge.agent;

import io.cartbridge.agent.admin.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CartBridge agent: {@code cartbridge COMMAND}, see {@link Cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CartBridgeApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
