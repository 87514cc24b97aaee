package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** Commands other than {@code serve} leave out what only the web server uses, the dashboard's templates included. */
class AgentContextTests {

    @Test
    void theServerOnlyAutoConfigurationsIncludeThymeleafAndTomcatButNotBatch() {
        var candidates = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates();
        var left = candidates.stream().filter(n -> AgentContext.SERVER_ONLY.stream().anyMatch(n::startsWith)).toList();

        assertThat(left).contains("org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
                .anySatisfy(n -> assertThat(n).startsWith("org.springframework.boot.tomcat."))
                .noneSatisfy(n -> assertThat(n).contains(".batch."));
    }

    @Test
    void serveListensOnTheLoopbackPort8080WithSessionsThatExpireAfterThirtyMinutes() {
        assertThat(AgentContext.SERVER_DEFAULTS).containsEntry("server.address", "127.0.0.1").containsEntry("server.port", 8080)
                .containsEntry("server.servlet.session.timeout", "30m");
    }
}
