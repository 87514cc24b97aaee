package io.cartbridge.agent.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins, by user name and by remote address: after {@code cartbridge.admin.login.max-failures} failures in a
 * row, that name or address is refused for {@code cartbridge.admin.login.lockout}, for form login and HTTP Basic
 * alike; a success clears both. Counted from Spring Security's authentication events, so that every way of logging in
 * is counted. Kept in memory: a restart forgets them, as it should after an admin's fix.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Beyond this many names and addresses, those whose lockout has passed are forgotten. */
    private static final int TRIM_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(AdminProperties.Login settings) {
        this.maxFailures = settings.maxFailures();
        this.lockout = settings.lockout();
    }

    /** {@return how long this user name or address is still refused, or null when it may try} */
    Duration refusedFor(String userName, String remoteAddress) {
        Duration user = userName == null ? null : refusedFor("user:" + userName);
        Duration address = remoteAddress == null ? null : refusedFor("address:" + remoteAddress);
        return user == null ? address : address == null ? user : (user.compareTo(address) > 0 ? user : address);
    }

    private Duration refusedFor(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < maxFailures) {
            return null;
        }
        Duration left = Duration.between(Instant.now(), f.last().plus(lockout));
        return left.isNegative() || left.isZero() ? null : left;
    }

    void onFailure(AbstractAuthenticationFailureEvent event) {
        String address = address(event.getAuthentication());
        String user = event.getAuthentication().getName();
        record("user:" + user);
        if (address != null) {
            record("address:" + address);
        }
        // the name tried, never the password; at WARN so that a brute force shows in the log
        log.warn("Failed login for user name '{}' from {}", user, address);
    }

    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove("user:" + event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        if (address != null) {
            failures.remove("address:" + address);
        }
    }

    /** Forgets every failure (tests, which share one throttle). */
    void clear() {
        failures.clear();
    }

    private void record(String key) {
        Instant now = Instant.now();
        failures.compute(key, (k, f) -> f == null || Duration.between(f.last(), now).compareTo(lockout) > 0
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
        if (failures.size() > TRIM_ABOVE) {
            failures.values().removeIf(f -> Duration.between(f.last(), now).compareTo(lockout) > 0);
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
