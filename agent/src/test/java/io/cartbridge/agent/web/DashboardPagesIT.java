package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard's pages over real HTTP, as a browser without JavaScript uses them: logged in with the form, each
 * action a form POST with the CSRF token read from the page, answered by a redirect and a flash message. Asserts
 * what the pages show (job names, statuses, counts, failures, which buttons), what a refused action says, and who
 * may act.
 */
class DashboardPagesIT extends WebApiSupport {

    @Autowired
    AdminCommands admin;
    @Autowired
    JobLocks locks;

    @Test
    void theOverviewRunsAJobAndTheExecutionPagesShowItsStepsFailureAndOnlyTheActionsItsStateAllows() {
        PageSession operator = PageSession.login(port, OPERATOR);
        String overview = operator.get("/").body();
        assertThat(overview).contains("Connection <span>default</span>").contains("order-export").contains("inbound-collect")
                .contains("shipment-import").contains("inventory-import").contains("Run now").contains("Logged in as operator.")
                .contains("order-export at &#39;0 0/15 * * * *&#39;")
                .doesNotContain(AGENT.warehouse().password());

        HttpResponse<String> started = operator.post("/jobs/order-export/start", "connection=default");
        assertThat(PageSession.location(started)).startsWith("/executions/");
        long id = Long.parseLong(PageSession.location(started).replace("/executions/", ""));
        assertThat(operator.follow(started).body()).contains("order-export for connection default started as execution " + id + ".");
        await(Duration.ofSeconds(60), "execution " + id + " completed",
                () -> operator.get("/executions/" + id).body().contains("id=\"status\" class=\"status-COMPLETED\">COMPLETED<"));
        String done = operator.get("/executions/" + id).body();
        assertThat(done).contains("order-export:default").doesNotContain(">Restart<").doesNotContain(">Abandon<");
        assertThat(operator.get("/").body()).contains("href=\"/executions/" + id + "\" class=\"status-COMPLETED\">COMPLETED</a>");

        try (JobLocks.Held held = locks.acquire("order-export", "default")) {
            HttpResponse<String> refused = operator.post("/jobs/order-export/start", "connection=default");
            assertThat(PageSession.location(refused)).isEqualTo("/");
            String page = operator.follow(refused).body();
            assertThat(page).contains("class=\"error\"").contains("held by " + JobLocks.PROCESS)
                    .contains("<td class=\"lock-owner\">" + JobLocks.PROCESS + "</td>");
        }

        AGENT.store().order(7801, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        long failed = runInAnotherAgent(Map.of("cartbridge.warehouse.upload-while-extracting", false),
                Faults.failAt("upload.before-put"));
        String failure = operator.get("/executions/" + failed).body();
        assertThat(failure).contains("id=\"status\" class=\"status-FAILED\">FAILED<")
                .contains("Injected failure at upload.before-put").contains(">Restart</button>").contains(">Abandon</button>")
                .doesNotContain(">Stop</button>").doesNotContain(">Recover</button>")
                .contains("<th>Read</th><th>Written</th>");
        assertThat(operator.get("/").body()).containsPattern("id=\"failed-count\">[1-9]");

        HttpResponse<String> stop = operator.post("/executions/" + failed + "/stop", "");
        assertThat(PageSession.location(stop)).isEqualTo("/executions/" + failed);
        assertThat(operator.follow(stop).body()).contains("<p class=\"error\" role=\"alert\">execution " + failed
                + " is not running (FAILED)</p>").as("no stack trace").doesNotContain("at io.cartbridge").doesNotContain("at org.");
        String abandoned = operator.follow(operator.post("/executions/" + failed + "/abandon", "")).body();
        assertThat(abandoned).contains("Execution " + failed + " abandoned").contains(">ABANDONED<")
                .doesNotContain(">Restart</button>").doesNotContain(">Abandon</button>");

        String list = operator.get("/executions?job=order-export&status=abandoned").body();
        assertThat(list).contains("href=\"/executions/" + failed + "\"").doesNotContain("href=\"/executions/" + id + "\"")
                .doesNotContain("rel=\"next\"");
        assertThat(operator.get("/executions?job=inventory-import").body()).contains("No execution.");
        HttpResponse<String> wrongConnection = operator.get("/executions?connection=nowhere");
        assertThat(wrongConnection.statusCode()).isEqualTo(400);
        assertThat(wrongConnection.body()).contains("nowhere").doesNotContain("at io.cartbridge").doesNotContain("Exception");
        HttpResponse<String> missing = operator.get("/executions/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no execution 999999");
    }

    @Test
    void filesHeldOrdersAndTrailsShowTheLedgerAndResendFromThePage() throws Exception {
        AGENT.store().order(7901, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")))
                .order(7902, "wc-processing", BUYER, "flat_rate", List.of(Line.of(11, 1, "No SKU")));
        admin.run("order-export", "default");
        long file = AGENT.ledger().queryForObject("SELECT file_id FROM cb_order WHERE cart_order_id = '7901'", Long.class);
        String name = AGENT.ledger().queryForObject("SELECT file_name FROM cb_outbound_file WHERE id = ?", String.class, file);
        PageSession operator = PageSession.login(port, OPERATOR);

        String files = operator.get("/files?direction=outbound").body();
        assertThat(files).contains("id=\"outbound-" + file + "\"").contains("href=\"/files/outbound/" + file + "/content\">" + name + "<")
                .contains(">UPLOADED<").contains("action=\"/files/outbound/" + file + "/resend\"").doesNotContain("Received");
        HttpResponse<String> download = operator.get("/files/outbound/" + file + "/content");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + "\"");
        assertThat(download.body()).contains("W05*N*7901");

        HttpResponse<String> resent = operator.post("/files/outbound/" + file + "/resend", "");
        assertThat(operator.follow(resent).body()).containsPattern("Outbound file " + file + ": its \\d+ order\\(s\\) \\([0-9, ]*7901\\) "
                + "will be sent again by the next order-export run");
        String twice = operator.follow(operator.post("/files/outbound/" + file + "/resend", "")).body();
        assertThat(twice).contains("class=\"error\"").contains("carries no order still filed in it");

        String held = operator.get("/orders/held").body();
        assertThat(held).contains("href=\"/orders/7902\">7902<").contains("no SKU");
        assertThat(operator.get("/").body()).containsPattern("id=\"held-count\">[1-9]");

        HttpResponse<String> search = operator.get("/orders?number=7901");
        assertThat(PageSession.location(search)).isEqualTo("/orders/7901");
        String trail = operator.follow(search).body();
        assertThat(trail).contains("Order <span>7901</span>").contains("filed in acme3pl-940-")
                .contains("uploaded to acme3pl&#39;s server").contains(">RESEND<");
        HttpResponse<String> unknown = operator.get("/orders/424242");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No order 424242 in the ledger");
        String notSent = operator.follow(operator.post("/orders/resend", "number=7902&connection=")).body();
        assertThat(notSent).contains("order 7902 has not been sent to acme3pl");
    }

    @Test
    void theOverviewCountsHeldOrdersRejectedFilesAndFailuresOf24HoursAndTheFilesPageReprocesses() {
        // first what other tests left in the cart, the warehouse's folder and the inbox (files sent for reprocessing)
        admin.run("order-export", "default");
        List<JobExecution> runs = admin.runCollectingFirst("shipment-import", "default");
        assertThat(runs).as("run shipment-import collects first").extracting(e -> e.getJobInstance().getJobName())
                .containsExactly("inbound-collect", "shipment-import");
        admin.runCollectingFirst("inventory-import", "default");
        PageSession operator = PageSession.login(port, OPERATOR);
        String before = operator.get("/").body();
        assertThat(overviewRow(before, "order-export:default")).as("its next run")
                .containsPattern("<td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+</td>");

        AGENT.store().order(7961, "wc-processing", BUYER, "flat_rate", List.of(Line.of(11, 1, "No SKU")));
        admin.run("order-export", "default");
        FromWarehouse.drop(AGENT, "ship-77.edi", FromWarehouse.shipmentAdvices(77, List.of(List.of("W06*N*7001*20261126*SHP-77",
                "W27*U*UPSN*GROUND", "LX*1", "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"))).replace("SE*7*0001", "SE*99*0001"));
        admin.run("inbound-collect", "default");
        long failedNow = admin.run("order-export", "default").getId();
        long failedBefore = admin.run("order-export", "default").getId();
        AGENT.ledger().update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID IN (?, ?)", failedNow, failedBefore);
        AGENT.ledger().update("UPDATE BATCH_JOB_EXECUTION SET START_TIME = START_TIME - INTERVAL 25 HOUR WHERE JOB_EXECUTION_ID = ?",
                failedBefore);

        String after = operator.get("/").body();
        assertThat(count(after, "held-count")).isEqualTo(count(before, "held-count") + 1);
        assertThat(count(after, "rejected-count")).isEqualTo(count(before, "rejected-count") + 1);
        assertThat(count(after, "failed-count")).as("not the one of 25 hours ago").isEqualTo(count(before, "failed-count") + 1);

        long rejected = AGENT.ledger().queryForObject("SELECT id FROM cb_inbound_file WHERE remote_name = 'ship-77.edi'", Long.class);
        String files = operator.get("/files?direction=inbound&state=REJECTED").body();
        int row = files.indexOf("id=\"inbound-" + rejected + "\"");
        assertThat(row).as(files).isNotNegative();
        assertThat(files.substring(row, files.indexOf("</tr>", row))).contains(">ship-77.edi<").contains(">REJECTED<")
                .contains("action=\"/files/inbound/" + rejected + "/reprocess\"").contains("SE_COUNT: SE01 gives 99 segments");
        String reprocessed = operator.follow(operator.post("/files/inbound/" + rejected + "/reprocess", "")).body();
        assertThat(reprocessed).contains("Inbound file " + rejected + " is RECEIVED again: the next import applies it.");
        assertThat(count(operator.get("/").body(), "rejected-count")).isEqualTo(count(before, "rejected-count"));
        String again = operator.follow(operator.post("/files/inbound/" + rejected + "/reprocess", "")).body();
        assertThat(again).contains("class=\"error\"").contains("only a REJECTED file can be reprocessed");
    }

    private static long count(String overview, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(overview);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyActionWantsTheCsrfTokenAndAnOperatorAndEverythingIsEscaped() {
        PageSession viewer = PageSession.login(port, VIEWER);
        String overview = viewer.get("/").body();
        assertThat(overview).contains("order-export").doesNotContain("Run now");

        HttpResponse<String> viewerActs = viewer.post("/jobs/order-export/start", "connection=default");
        assertThat(viewerActs.statusCode()).as("a VIEWER's POST with its token").isEqualTo(403);

        PageSession operator = PageSession.login(port, OPERATOR);
        HttpResponse<String> noToken = operator.postWithout("/jobs/order-export/start", "connection=default");
        assertThat(noToken.statusCode()).as("a POST without the CSRF token").isEqualTo(403);
        HttpResponse<String> wrongToken = operator.postWithout("/executions/1/abandon", "_csrf=forged");
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        HttpResponse<String> script = operator.get("/orders/%3Cscript%3Ealert(1)");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.body()).contains("Order <span>&lt;script&gt;alert(1)</span>").doesNotContain("<script>");
        HttpResponse<String> filter = operator.get("/executions?connection=%3Cb%3Ex");
        assertThat(filter.statusCode()).isEqualTo(400);
        assertThat(filter.body()).contains("&lt;b&gt;x").doesNotContain("<b>x");
    }

    /** Runs order-export in a second agent on the same database (as a CLI run would), with these faults. */
    private long runInAnotherAgent(Map<String, Object> settings, Faults faults) {
        try (ConfigurableApplicationContext other = AGENT.start(settings, faults)) {
            return other.getBean(AdminCommands.class).run("order-export", "default").getId();
        }
    }
}
