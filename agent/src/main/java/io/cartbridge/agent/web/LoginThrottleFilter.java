package io.cartbridge.agent.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (HTTP Basic credentials, or the login form's POST) from a user name or remote address that
 * {@link LoginThrottle} has locked out: 429 with {@code Retry-After}, before the password is even checked, so that a
 * locked-out attacker learns nothing from further tries.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final Problems problems;

    LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = attemptedUser(request);
        if (user != null) {
            Duration refused = throttle.refusedFor(user, request.getRemoteAddr());
            if (refused != null) {
                long seconds = Math.max(1, refused.toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too many failed logins for this user or "
                        + "address: try again in " + seconds + "s", Map.of("retryAfterSeconds", seconds));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of a login attempt, or null when the request attempts none. */
    private static String attemptedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if ("POST".equals(request.getMethod()) && WebSecurityConfiguration.LOGIN.equals(request.getServletPath())) {
            String user = request.getParameter("username");
            return user == null ? "" : user;
        }
        return null;
    }
}
