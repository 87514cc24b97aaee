package io.cartbridge.agent.web;

import java.net.URI;
import java.util.List;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.ConnectionsOverview;
import io.cartbridge.agent.admin.ConnectionsOverview.JobView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/jobs}: each job per connection (schedules, next run, last run, lock owner), and starting one now. */
@RestController
@RequestMapping("/api/jobs")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JobsController {

    /** A run started: its execution goes on in the background. */
    record Started(long executionId, String job, String connection) {
    }

    private final ConnectionsOverview overview;
    private final AdminCommands admin;

    JobsController(ConnectionsOverview overview, AdminCommands admin) {
        this.overview = overview;
        this.admin = admin;
    }

    @GetMapping
    List<JobView> jobs() {
        return overview.connections().stream().flatMap(c -> c.jobs().stream()).toList();
    }

    /**
     * Starts the job (for one connection, or every one) as {@code cartbridge run JOB --no-collect} does, holding its
     * locks while it runs; answers 202 as soon as the execution exists, 409 naming the lock's holder if one runs.
     */
    @PostMapping("/{job}/start")
    ResponseEntity<Started> start(@PathVariable String job, @RequestParam(required = false) String connection) {
        long id = admin.start(job, connection);
        return ResponseEntity.accepted().location(URI.create("/api/executions/" + id)).body(new Started(id, job, connection));
    }
}
