package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.cartbridge.agent.admin.CliAccess;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code /api/jobs} and {@code /api/executions} over HTTP: starts, history, one execution, and its actions. */
class ExecutionsApiIT extends WebApiSupport {

    @Autowired
    JobLocks locks;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    io.cartbridge.agent.admin.AdminCommands admin;

    @Test
    void startAnswers202WithTheLocationOfTheExecutionWhichRunsOnInTheBackground() {
        HttpResponse<String> started = post("/api/jobs/order-export/start?connection=default", OPERATOR);

        assertThat(started.statusCode()).as(started::body).isEqualTo(202);
        long id = ((Number) JsonPath.read(started.body(), "$.executionId")).longValue();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/executions/" + id);
        assertThat((String) JsonPath.read(started.body(), "$.connection")).isEqualTo("default");
        await(Duration.ofSeconds(60), "execution " + id + " completed",
                () -> "COMPLETED".equals(JsonPath.read(get("/api/executions/" + id, VIEWER).body(), "$.execution.status")));

        String execution = get("/api/executions/" + id, VIEWER).body();
        assertThat((String) JsonPath.read(execution, "$.execution.job")).isEqualTo("order-export");
        assertThat((String) JsonPath.read(execution, "$.execution.connection")).isEqualTo("default");
        assertThat((List<String>) JsonPath.read(execution, "$.execution.steps[*].name")).contains("order-export:default");
        assertThat((List<Object>) JsonPath.read(execution, "$.actions")).isEmpty();

        String jobs = get("/api/jobs", VIEWER).body();
        assertThat((List<Object>) JsonPath.read(jobs, "$[?(@.lockName == 'order-export:default')].lastRun.jobExecutionId"))
                .containsExactly((int) id);
        assertThat((List<Object>) JsonPath.read(jobs, "$[?(@.lockName == 'order-export:default')].lastRun.status"))
                .containsExactly("COMPLETED");
        assertThat((List<Object>) JsonPath.read(jobs, "$[?(@.job == 'inbound-collect')].lockName")).containsExactly("inbound-collect:acme3pl");
        assertThat((List<String>) JsonPath.read(jobs, "$[?(@.job == 'order-export')].schedules[0]"))
                .singleElement().asString().startsWith("order-export at '0 0/15 * * * *' (cartbridge.schedule.order-export");
        assertThat((List<Object>) JsonPath.read(jobs, "$[?(@.job == 'order-export')].nextRun")).doesNotContainNull();
        assertThat(jobs).doesNotContain(AGENT.warehouse().password());
    }

    @Test
    void startingAnImportCollectsFirstAsTheScheduleDoesUnlessCollectIsFalse() {
        HttpResponse<String> started = post("/api/jobs/shipment-import/start?connection=default", OPERATOR);

        assertThat(started.statusCode()).as(started::body).isEqualTo(202);
        long collect = ((Number) JsonPath.read(started.body(), "$.executionId")).longValue();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/executions/" + collect);
        assertThat((String) JsonPath.read(started.body(), "$.job")).isEqualTo("inbound-collect");
        assertThat((String) JsonPath.read(started.body(), "$.then")).isEqualTo("shipment-import");
        assertThat((String) JsonPath.read(get("/api/executions/" + collect, VIEWER).body(), "$.execution.job"))
                .isEqualTo("inbound-collect");
        long imported = awaitCompleted("shipment-import", collect);
        assertThat((String) JsonPath.read(get("/api/executions/" + collect, VIEWER).body(), "$.execution.status"))
                .isEqualTo("COMPLETED");

        HttpResponse<String> alone = post("/api/jobs/shipment-import/start?connection=default&collect=false", OPERATOR);
        assertThat(alone.statusCode()).as(alone::body).isEqualTo(202);
        long id = ((Number) JsonPath.read(alone.body(), "$.executionId")).longValue();
        assertThat((String) JsonPath.read(alone.body(), "$.job")).isEqualTo("shipment-import");
        assertThat(alone.body()).doesNotContain("\"then\":\"");
        assertThat(awaitCompleted("shipment-import", imported)).isEqualTo(id);
        assertThat(newest("inbound-collect")).as("no collect before it").isEqualTo(collect);
    }

    /** {@return the newest execution of the job, once it is newer than {@code after} and COMPLETED} */
    private long awaitCompleted(String job, long after) {
        await(Duration.ofSeconds(60), job + " after execution " + after + " completed", () -> {
            String page = get("/api/executions?job=" + job + "&size=1", VIEWER).body();
            List<Integer> ids = JsonPath.read(page, "$.executions[*].id");
            return !ids.isEmpty() && ids.get(0) > after && "COMPLETED".equals(JsonPath.read(page, "$.executions[0].status"));
        });
        return newest(job);
    }

    private long newest(String job) {
        return ((Number) JsonPath.read(get("/api/executions?job=" + job + "&size=1", VIEWER).body(), "$.executions[0].id")).longValue();
    }

    @Test
    void aStartWhileTheJobRunsIs409NamingTheLockOwner() {
        try (JobLocks.Held held = locks.acquire("order-export", "default")) {
            HttpResponse<String> refused = post("/api/jobs/order-export/start?connection=default", OPERATOR);

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat((String) JsonPath.read(refused.body(), "$.lockOwner")).isEqualTo(JobLocks.PROCESS);
            assertThat((String) JsonPath.read(refused.body(), "$.detail"))
                    .contains("order-export for connection default not started").contains("held by " + JobLocks.PROCESS);
            assertThat((List<Object>) JsonPath.read(get("/api/jobs", VIEWER).body(),
                    "$[?(@.lockName == 'order-export:default')].lockOwner")).containsExactly(JobLocks.PROCESS);
        }
        assertThat(post("/api/jobs/no-such-job/start", OPERATOR).statusCode()).isEqualTo(404);
    }

    @Test
    void aFailedExecutionShowsItsFailureAndRestartsInTheBackgroundOnce() {
        AGENT.store().order(7201, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        long failed = runInAnotherAgent(Map.of("cartbridge.warehouse.upload-while-extracting", false),
                Faults.failAt("upload.before-put"));

        String execution = get("/api/executions/" + failed, VIEWER).body();
        assertThat((String) JsonPath.read(execution, "$.execution.status")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(execution, "$.execution.failure")).contains("Injected failure at upload.before-put");
        assertThat((List<String>) JsonPath.read(execution, "$.execution.steps[?(@.status == 'FAILED')].failure"))
                .anySatisfy(f -> assertThat(f).contains("Injected failure at upload.before-put"));
        assertThat((List<String>) JsonPath.read(execution, "$.actions")).containsExactlyInAnyOrder("RESTART", "ABANDON");

        HttpResponse<String> stop = post("/api/executions/" + failed + "/stop", OPERATOR);
        assertThat(stop.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(stop.body(), "$.detail")).isEqualTo("execution " + failed + " is not running (FAILED)");
        assertThat(post("/api/executions/" + failed + "/recover", OPERATOR).statusCode()).isEqualTo(409);

        HttpResponse<String> restart = post("/api/executions/" + failed + "/restart", OPERATOR);
        assertThat(restart.statusCode()).as(restart::body).isEqualTo(202);
        long restarted = Long.parseLong(restart.headers().firstValue("Location").orElseThrow().replace("/api/executions/", ""));
        assertThat(restarted).isGreaterThan(failed);
        await(Duration.ofSeconds(60), "restart " + restarted + " completed",
                () -> "COMPLETED".equals(JsonPath.read(get("/api/executions/" + restarted, VIEWER).body(), "$.execution.status")));
        assertThat(sentOrderNumbers()).containsOnlyOnce("7201");

        HttpResponse<String> again = post("/api/executions/" + failed + "/restart", OPERATOR);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(again.body(), "$.detail")).contains("was already restarted as execution " + restarted);
        assertThat(post("/api/executions/" + restarted + "/abandon", OPERATOR).statusCode()).isEqualTo(409);
    }

    @Test
    void anAbandonedExecutionIsNeverRestartedAndAMissingOneIs404() {
        AGENT.store().order(7301, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        long failed = runInAnotherAgent(Map.of(), Faults.failAt("extract.chunk-1"));

        HttpResponse<String> abandoned = post("/api/executions/" + failed + "/abandon", OPERATOR);
        assertThat(abandoned.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(abandoned.body(), "$.execution.status")).isEqualTo("ABANDONED");
        assertThat((List<Object>) JsonPath.read(abandoned.body(), "$.actions")).isEmpty();
        HttpResponse<String> restart = post("/api/executions/" + failed + "/restart", OPERATOR);
        assertThat(restart.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(restart.body(), "$.detail")).contains("is ABANDONED and cannot be restarted");

        HttpResponse<String> missing = get("/api/executions/999999", VIEWER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(missing.body(), "$.status")).isEqualTo(404);
        assertThat((String) JsonPath.read(missing.body(), "$.detail")).isEqualTo("no execution 999999");
        assertThat(post("/api/executions/999999/restart", OPERATOR).statusCode()).isEqualTo(404);
    }

    @Test
    void executionsAreFilteredByJobStatusConnectionAndDayAndPaged() {
        long first = admin.run("order-export", "default").getId();
        long second = admin.run("order-export", "default").getId();

        String page = get("/api/executions?job=order-export&status=completed&connection=default&size=1", VIEWER).body();
        assertThat((List<Integer>) JsonPath.read(page, "$.executions[*].id")).containsExactly((int) second);
        assertThat((Boolean) JsonPath.read(page, "$.more")).isTrue();
        String next = get("/api/executions?job=order-export&status=COMPLETED&size=1&page=1", VIEWER).body();
        assertThat((List<Integer>) JsonPath.read(next, "$.executions[*].id")).containsExactly((int) first);
        String today = LocalDate.now().toString();
        assertThat((List<Integer>) JsonPath.read(get("/api/executions?from=" + today + "&to=" + today + "&size=500", VIEWER).body(),
                "$.executions[*].id")).contains((int) first, (int) second);
        assertThat((List<Object>) JsonPath.read(get("/api/executions?from=" + LocalDate.now().plusDays(1), VIEWER).body(),
                "$.executions")).isEmpty();
        // other tests of the shared agent may have run inventory-import: only those are listed, never these two
        String imports = get("/api/executions?job=inventory-import&size=500", VIEWER).body();
        assertThat((List<String>) JsonPath.read(imports, "$.executions[*].job")).allMatch("inventory-import"::equals);
        assertThat((List<Integer>) JsonPath.read(imports, "$.executions[*].id")).doesNotContain((int) first, (int) second);
        assertThat(get("/api/executions?connection=nowhere", VIEWER).statusCode()).isEqualTo(400);
        assertThat(get("/api/executions?page=-1", VIEWER).statusCode()).isEqualTo(400);
    }

    @Test
    void aRunLeftStartedIsRecoveredOnlyWhileNoAgentHoldsItsLockFromTheApiAndTheCli() {
        long crashed = leftStarted();
        assertThat((List<String>) JsonPath.read(get("/api/executions/" + crashed, VIEWER).body(), "$.actions"))
                .containsExactlyInAnyOrder("RECOVER", "RESTART");
        try (JobLocks.Held held = locks.acquire("order-export", "default")) {
            assertThat((List<String>) JsonPath.read(get("/api/executions/" + crashed, VIEWER).body(), "$.actions"))
                    .containsExactly("STOP");
            HttpResponse<String> refused = post("/api/executions/" + crashed + "/recover", OPERATOR);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat((String) JsonPath.read(refused.body(), "$.lockOwner")).isEqualTo(JobLocks.PROCESS);
        }
        HttpResponse<String> recovered = post("/api/executions/" + crashed + "/recover", OPERATOR);
        assertThat(recovered.statusCode()).as(recovered::body).isEqualTo(200);
        assertThat((String) JsonPath.read(recovered.body(), "$.execution.status")).isEqualTo("FAILED");
        assertThat((List<String>) JsonPath.read(recovered.body(), "$.actions")).containsExactlyInAnyOrder("RESTART", "ABANDON");

        long viaCli = leftStarted();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CliAccess.run(cli("recover", Long.toString(viaCli)), out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Execution " + viaCli + " recovered: now FAILED; restart it "
                + "with 'cartbridge restart " + viaCli + "'.\n");
        assertThat(CliAccess.run(cli("recover", Long.toString(viaCli)), new ByteArrayOutputStream())).isEqualTo(2);
    }

    /** An execution of order-export for the default connection as an agent killed mid-run leaves it: STARTED. */
    private long leftStarted() {
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
                .addString("connection", "default").toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("order-export", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        return execution.getId();
    }

    /** Runs order-export in a second agent on the same database (as a CLI run would), with these faults. */
    private long runInAnotherAgent(Map<String, Object> settings, Faults faults) {
        try (ConfigurableApplicationContext other = AGENT.start(settings, faults)) {
            return other.getBean(io.cartbridge.agent.admin.AdminCommands.class).run("order-export", "default").getId();
        }
    }

    private static List<String> cli(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(AGENT.commandLineProperties(Map.of()));
        return all;
    }
}
