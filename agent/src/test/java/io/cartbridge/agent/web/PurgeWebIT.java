package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import io.cartbridge.agent.admin.AdminCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Purge of old run history from the REST API and the dashboard's purge page (the {@code purge} command's logic): who
 * may, what a bad age answers, and that an old completed run goes while the recent history stays.
 */
class PurgeWebIT extends WebApiSupport {

    @Autowired
    AdminCommands admin;

    @Test
    void theApiPurgesOldRunsForAnOperator() {
        long old = agedRun();
        long recent = admin.run("order-export", "default").getId();

        assertThat(post("/api/history/purge?olderThanDays=30", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/history/purge?olderThanDays=30", VIEWER).statusCode()).isEqualTo(403);
        HttpResponse<String> zero = post("/api/history/purge?olderThanDays=0", OPERATOR);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(zero.body(), "$.detail")).contains("at least 1");
        assertThat(post("/api/history/purge", OPERATOR).statusCode()).isEqualTo(400);

        HttpResponse<String> purged = post("/api/history/purge?olderThanDays=30", OPERATOR);
        assertThat(purged.statusCode()).as(purged::body).isEqualTo(200);
        assertThat((Integer) JsonPath.read(purged.body(), "$.olderThanDays")).isEqualTo(30);
        assertThat((Integer) JsonPath.read(purged.body(), "$.jobExecutions")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(purged.body(), "$.stepExecutions")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) JsonPath.read(purged.body(), "$.jobInstances")).isEqualTo(1);
        assertThat(get("/api/executions/" + old, VIEWER).statusCode()).isEqualTo(404);
        assertThat(get("/api/executions/" + recent, VIEWER).statusCode()).isEqualTo(200);
    }

    @Test
    void thePurgePageIsAFormForAnOperatorWithItsCsrfToken() {
        long old = agedRun();
        PageSession viewer = PageSession.login(port, VIEWER);
        assertThat(viewer.get("/purge").body()).contains("Purge old history").contains("An operator can purge")
                .doesNotContain("name=\"olderThanDays\"");
        assertThat(viewer.post("/purge", "olderThanDays=30").statusCode()).isEqualTo(403);

        PageSession operator = PageSession.login(port, OPERATOR);
        assertThat(operator.get("/purge").body()).contains("name=\"olderThanDays\"").contains("value=\"90\"");
        assertThat(operator.postWithout("/purge", "olderThanDays=30").statusCode()).as("no CSRF token").isEqualTo(403);
        String zero = operator.follow(operator.post("/purge", "olderThanDays=0")).body();
        assertThat(zero).contains("class=\"error\"").contains("at least 1");
        assertThat(AGENT.ledger().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                Integer.class, old)).isOne();

        HttpResponse<String> purged = operator.post("/purge", "olderThanDays=30");
        assertThat(PageSession.location(purged)).isEqualTo("/purge");
        String page = operator.follow(purged).body();
        assertThat(page).contains("Purged 1 job execution(s) that ended more than 30 days ago")
                .containsPattern("Job executions removed</th><td class=\"num\">1<").contains("value=\"30\"");
        assertThat(AGENT.ledger().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                Integer.class, old)).isZero();
    }

    /** A completed run of order-export that ended 100 days ago; {@return its execution id} */
    private long agedRun() {
        long id = admin.run("order-export", "default").getId();
        AGENT.ledger().update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = END_TIME - INTERVAL 100 DAY WHERE JOB_EXECUTION_ID = ?", id);
        return id;
    }
}
