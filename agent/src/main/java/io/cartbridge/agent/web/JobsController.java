package io.cartbridge.agent.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.ConnectionsOverview;
import io.cartbridge.agent.admin.ConnectionsOverview.JobView;
import io.cartbridge.agent.serve.JobPauses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/jobs}: each job per connection (schedules, next run, last run, lock owner, paused), starting one now, and
 * pausing or resuming its schedules and trigger.
 */
@RestController
@RequestMapping("/api/jobs")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JobsController {

    /**
     * A run started: its execution goes on in the background.
     *
     * @param then the job that runs after it (an import after its inbound-collect), or null
     */
    record Started(long executionId, String job, String connection, String then) {
    }

    /** The job's partitions paused or resumed by a request ({@code order-export:eu-shop}). */
    record PauseState(String job, String connection, boolean paused, List<String> partitions) {
    }

    private final ConnectionsOverview overview;
    private final AdminCommands admin;
    private final JobPauses pauses;

    JobsController(ConnectionsOverview overview, AdminCommands admin, JobPauses pauses) {
        this.overview = overview;
        this.admin = admin;
        this.pauses = pauses;
    }

    @GetMapping
    List<JobView> jobs() {
        return overview.connections().stream().flatMap(c -> c.jobs().stream()).toList();
    }

    /**
     * Starts the job (for one connection, or every one) as {@code cartbridge run JOB} does: shipment-import and
     * inventory-import after an inbound-collect unless {@code collect=false}. Answers 202 with the location of the
     * execution started first as soon as it exists (the inbound-collect's, {@code then} naming the import), 409 naming
     * the lock's holder if one runs. A paused job starts too: pausing stops what starts on its own.
     */
    @PostMapping("/{job}/start")
    ResponseEntity<Started> start(@PathVariable String job, @RequestParam(required = false) String connection,
                                  @RequestParam(defaultValue = "true") boolean collect) {
        AdminCommands.Started started = admin.start(job, connection, collect);
        return ResponseEntity.accepted().location(URI.create("/api/executions/" + started.executionId()))
                .body(new Started(started.executionId(), started.job(), connection, started.then()));
    }

    /** Pauses the job's schedules and trigger for the connection, or every one; a manual start still runs it. */
    @PostMapping("/{job}/pause")
    PauseState pause(@PathVariable String job, @RequestParam(required = false) String connection, Principal user) {
        return new PauseState(job, connection, true, pauses.pause(job, connection, user.getName()));
    }

    /** Lets the job's schedules and trigger start it again, for the connection or every one. */
    @PostMapping("/{job}/resume")
    PauseState resume(@PathVariable String job, @RequestParam(required = false) String connection, Principal user) {
        return new PauseState(job, connection, false, pauses.resume(job, connection, user.getName()));
    }
}
