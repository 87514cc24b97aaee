package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.cartbridge.agent.serve.ScheduledRuns;
import io.cartbridge.agent.serve.Schedules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.CronExpression;

/**
 * Pausing a job per connection from the REST API and the overview page: the codes, what {@code GET /api/jobs} and the
 * page show, schedules skipping a paused job while a manual start still runs it, and a pause that is only a row of the
 * agent database (as another agent, or this one before a restart, leaves it) honoured.
 */
class JobPausesIT extends WebApiSupport {

    private static final Schedules.Schedule EVERY_QUARTER = new Schedules.Schedule("cartbridge.schedule.order-export",
            CronExpression.parse("0 0/15 * * * *"), ZoneId.systemDefault(), List.of("order-export", "inbound-collect"));

    @Autowired
    ScheduledRuns scheduled;

    @AfterEach
    void resumeAll() {
        AGENT.ledger().update("DELETE FROM cb_job_pause");
    }

    @Test
    void aJobPausedFromTheApiOrByAnotherAgentIsSkippedBySchedulesButStartsByHand() {
        assertThat(post("/api/jobs/order-export/pause?connection=default", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/jobs/order-export/pause?connection=default", VIEWER).statusCode()).isEqualTo(403);
        HttpResponse<String> noJob = post("/api/jobs/no-such-job/pause", OPERATOR);
        assertThat(noJob.statusCode()).isEqualTo(404);
        assertThat((String) JsonPath.read(noJob.body(), "$.detail")).isEqualTo("no job 'no-such-job'");
        HttpResponse<String> noConnection = post("/api/jobs/order-export/pause?connection=nowhere", OPERATOR);
        assertThat(noConnection.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(noConnection.body(), "$.detail")).startsWith("no connection 'nowhere'");

        HttpResponse<String> paused = post("/api/jobs/order-export/pause?connection=default", OPERATOR);
        assertThat(paused.statusCode()).as(paused::body).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(paused.body(), "$.paused")).isTrue();
        assertThat((List<String>) JsonPath.read(paused.body(), "$.partitions")).containsExactly("order-export:default");
        HttpResponse<String> inbound = post("/api/jobs/inbound-collect/pause?connection=default", OPERATOR);
        assertThat((List<String>) JsonPath.read(inbound.body(), "$.partitions")).as("its partner's folder")
                .containsExactly("inbound-collect:acme3pl");
        String jobs = get("/api/jobs", VIEWER).body();
        assertThat((List<String>) JsonPath.read(jobs, "$[?(@.lockName == 'order-export:default')].paused.pausedBy"))
                .containsExactly(OPERATOR);
        assertThat((List<Object>) JsonPath.read(jobs, "$[?(@.lockName == 'shipment-import:default')].paused")).containsOnlyNulls();
        assertThat(post("/api/jobs/order-export/pause?connection=default", OPERATOR).statusCode()).as("again").isEqualTo(200);
        assertThat(AGENT.ledger().queryForList("SELECT name FROM cb_job_pause ORDER BY name", String.class))
                .containsExactly("inbound-collect:acme3pl", "order-export:default");

        int exports = executions("order-export");
        String firing = fire(scheduled);
        assertThat(firing).contains("order-export: paused for order-export:default, not run there")
                .contains("inbound-collect: paused for inbound-collect:acme3pl, not run there").doesNotContain("execution");
        assertThat(executions("order-export")).isEqualTo(exports);

        HttpResponse<String> byHand = post("/api/jobs/order-export/start?connection=default", OPERATOR);
        assertThat(byHand.statusCode()).as("a manual start of a paused job").isEqualTo(202);
        long id = ((Number) JsonPath.read(byHand.body(), "$.executionId")).longValue();
        await(Duration.ofSeconds(60), "execution " + id + " ended",
                () -> "COMPLETED".equals(JsonPath.read(get("/api/executions/" + id, VIEWER).body(), "$.execution.status")));

        HttpResponse<String> resumed = post("/api/jobs/order-export/resume?connection=default", OPERATOR);
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(resumed.body(), "$.paused")).isFalse();
        assertThat(post("/api/jobs/order-export/resume", VIEWER).statusCode()).isEqualTo(403);
        assertThat(fire(scheduled)).containsPattern("order-export: execution \\d+ COMPLETED")
                .contains("inbound-collect: paused for inbound-collect:acme3pl");
        assertThat(executions("order-export")).isEqualTo(exports + 2);

        // paused by another agent on this database (or before this one restarted): its row is all there is to a pause
        AGENT.ledger().update("INSERT INTO cb_job_pause (name, job, paused_at, paused_by) VALUES "
                + "('order-export:default', 'order-export', NOW(), 'ann')");
        assertThat(fire(scheduled)).contains("order-export: paused for order-export:default").doesNotContain("execution");
        assertThat((List<String>) JsonPath.read(get("/api/jobs", VIEWER).body(),
                "$[?(@.lockName == 'order-export:default')].paused.pausedBy")).containsExactly("ann");
        assertThat(executions("order-export")).isEqualTo(exports + 2);
    }

    @Test
    void theOverviewShowsAPausedJobAndAnOperatorPausesAndResumesItWithTheForm() {
        PageSession operator = PageSession.login(port, OPERATOR);
        assertThat(overviewRow(operator.get("/").body(), "order-export:default")).contains(">Pause</button>").doesNotContain("paused since");

        HttpResponse<String> noToken = operator.postWithout("/jobs/order-export/pause", "connection=default");
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> paused = operator.post("/jobs/order-export/pause", "connection=default");
        assertThat(PageSession.location(paused)).isEqualTo("/");
        String page = operator.follow(paused).body();
        assertThat(page).contains("Paused order-export:default: no schedule or trigger starts it until it is resumed; "
                + "Run now still does.");
        assertThat(overviewRow(page, "order-export:default")).containsPattern("paused since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d by operator")
                .contains(">Resume</button>").contains(">Run now</button>");
        assertThat(overviewRow(page, "shipment-import:default")).doesNotContain("paused since").contains(">Pause</button>");

        PageSession viewer = PageSession.login(port, VIEWER);
        assertThat(overviewRow(viewer.get("/").body(), "order-export:default")).contains("paused since").doesNotContain("Resume");
        assertThat(viewer.post("/jobs/order-export/resume", "connection=default").statusCode()).isEqualTo(403);

        String refused = operator.follow(operator.post("/jobs/no-such-job/pause", "connection=default")).body();
        assertThat(refused).contains("class=\"error\"").contains("no job &#39;no-such-job&#39;");
        String resumed = operator.follow(operator.post("/jobs/order-export/resume", "connection=default")).body();
        assertThat(resumed).contains("Resumed order-export:default: its schedules start it again.");
        assertThat(overviewRow(resumed, "order-export:default")).doesNotContain("paused since").contains(">Pause</button>");
        assertThat(AGENT.ledger().queryForObject("SELECT COUNT(*) FROM cb_job_pause", Integer.class)).isZero();
    }

    /** One firing of a schedule running order-export then inbound-collect; {@return what it printed} */
    private static String fire(ScheduledRuns runs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runs.fire(EVERY_QUARTER, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int executions(String job) {
        return AGENT.ledger().queryForObject("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = ?""", Integer.class, job);
    }
}
