package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what over HTTP: the API's HTTP Basic (401, 403 for a VIEWER's action), the public health endpoint, the
 * pages' form login with CSRF, and the rate limit on failed logins, per user name and per remote address.
 */
class ApiSecurityIT extends WebApiSupport {

    @Autowired
    LoginThrottle throttle;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theApiWantsHttpBasicAndAnOperatorToAct() {
        HttpResponse<String> anonymous = get("/api/jobs", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"cartbridge\"");
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((Integer) JsonPath.read(anonymous.body(), "$.status")).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

        HttpResponse<String> wrong = send(request("/api/jobs", null).header("Authorization", basic("nobody", "guess")).GET());
        assertThat(wrong.statusCode()).isEqualTo(401);

        assertThat(get("/api/jobs", VIEWER).statusCode()).isEqualTo(200);
        HttpResponse<String> viewerActs = post("/api/jobs/order-export/start", VIEWER);
        assertThat(viewerActs.statusCode()).isEqualTo(403);
        assertThat((String) JsonPath.read(viewerActs.body(), "$.detail")).isEqualTo("this needs the OPERATOR role");
        assertThat(post("/api/executions/1/abandon", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/executions", OPERATOR).statusCode()).as("an OPERATOR reads too").isEqualTo(200);
    }

    @Test
    void healthIsPublicAndEveryOtherActuatorEndpointNeedsAUser() {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
        assertThat(get("/actuator", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator", VIEWER).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> scrape = get("/actuator/prometheus", VIEWER);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("cartbridge_orders_exported").doesNotContain("viewer-pw");
    }

    @Test
    void pagesUseFormLoginWithCsrfOnEveryPost() {
        HttpClient browser = browser();
        HttpResponse<String> home = send(browser, HttpRequest.newBuilder(uri("/")).GET());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> noToken = send(browser, form("/login", "username=viewer&password=viewer-pw"));
        assertThat(noToken.statusCode()).as("a form POST without its CSRF token").isEqualTo(403);

        String token = token(send(browser, HttpRequest.newBuilder(uri("/login")).GET()).body());
        HttpResponse<String> login = send(browser, form("/login", "username=viewer&password=viewer-pw&_csrf=" + encode(token)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("HttpOnly").contains("SameSite=Strict"));

        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(uri("/")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Logged in as viewer.").doesNotContain("viewer-pw");
        String sessionToken = token(page.body());

        assertThat(send(browser, form("/logout", "")).statusCode()).as("logout without the token").isEqualTo(403);
        assertThat(send(browser, HttpRequest.newBuilder(uri("/")).GET()).statusCode()).as("still logged in").isEqualTo(200);
        HttpResponse<String> logout = send(browser, form("/logout", "_csrf=" + encode(sessionToken)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(send(browser, HttpRequest.newBuilder(uri("/")).GET()).statusCode()).isEqualTo(302);

        HttpClient other = browser();
        String otherToken = token(send(other, HttpRequest.newBuilder(uri("/login")).GET()).body());
        HttpResponse<String> failed = send(other, form("/login", "username=viewer&password=nope&_csrf=" + encode(otherToken)));
        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(send(other, HttpRequest.newBuilder(uri("/login?error")).GET()).body()).contains("Wrong user name or password.");
    }

    @Test
    void failedLoginsLockOutTheUserNameAndTheAddressForAWhile() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        try {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> failed = send(request("/api/jobs", null).header("Authorization", basic(TARGET, "wrong-" + i)).GET());
                assertThat(failed.statusCode()).isEqualTo(401);
            }
            assertThat(throttle.refusedFor(TARGET, null)).as("the user name").isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
            assertThat(throttle.refusedFor(null, "127.0.0.1")).as("the address").isPositive();
            HttpResponse<String> locked = send(request("/api/jobs", null).header("Authorization", basic(TARGET, "target-pw")).GET());
            assertThat(locked.statusCode()).as("the user name, even with its password").isEqualTo(429);
            assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
            assertThat((String) JsonPath.read(locked.body(), "$.detail")).startsWith("too many failed logins");

            assertThat(get("/api/jobs", VIEWER).statusCode()).as("the address, for any user").isEqualTo(429);
            HttpClient browser = browser();
            String token = token(send(browser, HttpRequest.newBuilder(uri("/login")).GET()).body());
            HttpResponse<String> form = send(browser, form("/login", "username=viewer&password=viewer-pw&_csrf=" + encode(token)));
            assertThat(form.statusCode()).as("the login form too").isEqualTo(429);
        } finally {
            root.detachAppender(logged);
            throttle.clear();
        }
        assertThat(throttle.refusedFor(TARGET, "127.0.0.1")).isNull();
        assertThat(get("/api/jobs", VIEWER).statusCode()).as("once the lockout has passed").isEqualTo(200);
        List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).filteredOn(l -> l.equals("Failed login for user name 'target' from 127.0.0.1")).hasSize(5);
        assertThat(lines).noneMatch(l -> l.contains("wrong-") || l.contains("target-pw") || l.contains("viewer-pw")
                || l.contains("operator-pw"));
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
