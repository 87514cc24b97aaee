package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve}'s context as {@link AgentContext#startServer} starts it, without users: the dashboard and the API are
 * off and say why, health stays on; and every other command's context has no web server at all.
 */
class ApiOffIT {

    @TempDir
    Path folder;

    @Test
    void withoutUsersTheApiAndPagesAreOffAndServeSaysWhy() {
        try (TestAgent agent = new TestAgent(folder);
             ConfigurableApplicationContext serve = AgentContext.startServer(agent.commandLineProperties(Map.of()))) {
            int port = ((WebServerApplicationContext) serve).getWebServer().getPort();
            assertThat(serve.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            HttpResponse<String> api = get(http, port, "/api/jobs");
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat((String) JsonPath.read(api.body(), "$.detail")).isEqualTo("the dashboard and REST API are off: no user "
                    + "is configured (cartbridge.admin.users.<name>.password and .role)");
            assertThat(get(http, port, "/").statusCode()).isEqualTo(404);
            assertThat(get(http, port, "/login").statusCode()).isEqualTo(404);
            assertThat(get(http, port, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(serve.getBean(WebAccess.class).describe()).isEqualTo("Dashboard and REST API: off, no user is configured "
                    + "(cartbridge.admin.users.<name>.password and .role); health at http://127.0.0.1:" + port + "/actuator/health");

            try (ConfigurableApplicationContext command = AgentContext.start(agent.commandLineProperties(Map.of()))) {
                assertThat(command).isNotInstanceOf(WebServerApplicationContext.class);
                assertThat(command.getBean(WebAccess.class).describe()).isEqualTo("Web server: none (not started by this command)");
            }
        }
    }

    @Test
    void aUserWithoutAnEncodedPasswordIsAConfigurationErrorThatDoesNotShowIt() {
        try (TestAgent agent = new TestAgent(folder)) {
            var args = agent.commandLineProperties(Map.of("cartbridge.admin.users.ann.password", "plain-secret",
                    "cartbridge.admin.users.ann.role", "OPERATOR"));
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> AgentContext.startServer(args).close());
            assertThat(AgentContext.configurationError(failure)).isNotNull();
            assertThat(AgentContext.configurationError(failure).getMessage()).isEqualTo("cartbridge.admin.users.ann.password "
                    + "must be a {bcrypt} hash (or, for trying it out, {noop} and the password)").doesNotContain("plain-secret");
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
