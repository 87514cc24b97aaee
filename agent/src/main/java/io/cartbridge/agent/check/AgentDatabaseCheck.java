package io.cartbridge.agent.check;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The agent's own database: reachable, and its schema at the latest version this agent knows. Only looks:
 * {@code check} starts the agent without migrating, so that it reports a database other commands would
 * still migrate, or one a newer agent has migrated further.
 */
@Component
class AgentDatabaseCheck {

    static final String SUBJECT = "agent database";

    private final DataSource dataSource;
    private final Environment environment;

    AgentDatabaseCheck(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    CheckResult check() {
        String url = environment.getProperty("spring.datasource.url", "embedded").replaceAll("(?i)(password=)[^&;]*", "$1****");
        try (Connection ignored = dataSource.getConnection()) {
            // connecting, with the configured URL and user, is the check
        } catch (Exception e) {
            return CheckResult.failed(null, SUBJECT, "cannot connect to " + url
                    + " (check spring.datasource.url, username and password): " + ConnectionChecks.rootMessage(e));
        }
        MigrationInfoService info = Flyway.configure()
                .dataSource(dataSource)
                .locations(environment.getProperty("spring.flyway.locations", String[].class,
                        new String[] {"classpath:db/migration"}))
                .load()
                .info();
        Optional<MigrationInfo> failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).findFirst();
        if (failed.isPresent()) {
            return CheckResult.failed(null, SUBJECT, "migration " + failed.get().getVersion() + " ("
                    + failed.get().getDescription() + ") failed on " + url + "; see the flyway_schema_history table");
        }
        String latest = Arrays.stream(info.all()).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("?");
        MigrationInfo current = info.current();
        if (current != null && !current.getState().isResolved()) {
            return CheckResult.failed(null, SUBJECT, "schema of " + url + " is at version " + current.getVersion()
                    + ", newer than this agent's " + latest + ": a newer agent has migrated it");
        }
        int pending = info.pending().length;
        if (pending > 0) {
            return CheckResult.failed(null, SUBJECT, "schema of " + url + " is "
                    + (current == null ? "not created" : "at version " + current.getVersion())
                    + ", this agent's is " + latest + ": " + pending + " migration(s) not applied yet "
                    + "(every other command applies them when it starts)");
        }
        return CheckResult.passed(null, SUBJECT, url + ", schema at version " + latest);
    }
}
