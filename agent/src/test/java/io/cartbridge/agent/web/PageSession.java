package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in browser session on the dashboard over plain HTTP: a cookie-keeping {@link HttpClient}, the login form
 * posted with the CSRF token read from the login page, and form POSTs carrying the session's token as read from the
 * last page. Redirects are not followed, so that a test sees them; {@link #follow} goes on to the page.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = WebApiSupport.browser();
    private final String base;
    private String token;

    private PageSession(String base) {
        this.base = base;
    }

    /** Logged in as this user (password {@code USER-pw}, as {@link WebApiSupport} configures). */
    static PageSession login(int port, String user) {
        PageSession session = new PageSession("http://127.0.0.1:" + port);
        session.get("/login");
        HttpResponse<String> login = session.post("/login", "username=" + user + "&password=" + user + "-pw");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        session.get("/");
        return session;
    }

    /** A page; its CSRF token is kept for the next POST. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> page = WebApiSupport.send(client, HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).GET());
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            token = m.group(1);
        }
        return page;
    }

    /** A form POST with the session's CSRF token. */
    HttpResponse<String> post(String path, String form) {
        return postWithout(path, (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(token));
    }

    /** A form POST as given: no CSRF token unless the form has one. */
    HttpResponse<String> postWithout(String path, String form) {
        return WebApiSupport.send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The page a redirect leads to (same server). */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect::body).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    /** Where a redirect leads, as a path. */
    static String location(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http") ? URI.create(location).getRawPath() : location;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
