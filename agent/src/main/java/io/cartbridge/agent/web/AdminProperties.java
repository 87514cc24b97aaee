package io.cartbridge.agent.web;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the dashboard and the REST API of {@code serve}. There is no default user and no default password:
 * without users both stay off (Actuator's health stays on).
 *
 * @param users by user name: {@code cartbridge.admin.users.<name>.password} and {@code .role}
 * @param login how failed logins are rate-limited
 */
@ConfigurationProperties("cartbridge.admin")
public record AdminProperties(Map<String, User> users, Login login) {

    /** The password encodings accepted: a bcrypt hash, or (for trying it out) the password itself. */
    static final Set<String> ENCODINGS = Set.of("bcrypt", "noop", "pbkdf2");

    public AdminProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        login = login == null ? new Login(0, null) : login;
    }

    /** The dashboard's and API's roles: a VIEWER reads, an OPERATOR also acts (start, restart, resend...). */
    public enum Role {
        VIEWER, OPERATOR
    }

    /**
     * @param password the password, prefixed by its encoding: {@code {bcrypt}$2a$10$...} (a hash, as
     *                 {@code htpasswd -bnBC 10 "" PASSWORD} prints it), or {@code {noop}PASSWORD} for trying it out.
     *                 Secret: never printed or logged
     * @param role     {@code VIEWER} or {@code OPERATOR}
     */
    public record User(String password, Role role) {

        /** No password in a log line or an error message, whatever prints a user. */
        @Override
        public String toString() {
            return "User[role=" + role + ", password=(secret)]";
        }
    }

    /**
     * @param maxFailures failed logins after which a user name, or a remote address, is refused for {@code lockout}
     *                    ({@code cartbridge.admin.login.max-failures}, default 5)
     * @param lockout     how long ({@code cartbridge.admin.login.lockout}, default 5m)
     */
    public record Login(int maxFailures, Duration lockout) {

        public Login {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
        }
    }

    /** {@return whether the dashboard and the API are on} */
    public boolean on() {
        return !users.isEmpty();
    }

    /**
     * {@return the users, each checked} (a role, and a password with a known encoding).
     * {@throws ConfigurationException} naming the property, never its value
     */
    Map<String, User> checkedUsers() {
        users.forEach(AdminProperties::check);
        return users;
    }

    private static void check(String name, User user) {
        String property = "cartbridge.admin.users." + name;
        if (user.role() == null) {
            throw new ConfigurationException(property + ".role must be VIEWER or OPERATOR");
        }
        String password = user.password();
        int end = password == null ? -1 : password.indexOf('}');
        if (password == null || !password.startsWith("{") || end < 0 || !ENCODINGS.contains(password.substring(1, end))
                || password.length() == end + 1) {
            throw new ConfigurationException(property + ".password must be a {bcrypt} hash (or, for trying it out, "
                    + "{noop} and the password)");
        }
    }
}
