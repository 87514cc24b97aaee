package io.cartbridge.agent.web;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** What {@code serve} says of its web server: where the dashboard and REST API are, or why they are off. */
@Component
public class WebAccess {

    private final ApplicationContext context;
    private final AdminProperties properties;

    WebAccess(ApplicationContext context, AdminProperties properties) {
        this.context = context;
        this.properties = properties;
    }

    /** One line; names no user's password, only how many users there are. */
    public String describe() {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return "Web server: none (not started by this command)";
        }
        String address = web.getEnvironment().getProperty("server.address", "0.0.0.0");
        String url = "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + web.getWebServer().getPort();
        if (!properties.on()) {
            return "Dashboard and REST API: off, " + WebSecurityConfiguration.OFF.replaceFirst("^the dashboard and REST API "
                    + "are off: ", "") + "; health at " + url + WebSecurityConfiguration.HEALTH;
        }
        long operators = properties.users().values().stream().filter(u -> u.role() == AdminProperties.Role.OPERATOR).count();
        return "Dashboard and REST API: " + url + "/ (" + properties.users().size() + " user(s), " + operators
                + " operator(s)); health at " + url + WebSecurityConfiguration.HEALTH;
    }
}
