package io.cartbridge.agent.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import io.cartbridge.agent.admin.ExecutionActions;
import io.cartbridge.agent.admin.ExecutionActions.Action;
import io.cartbridge.agent.admin.ExecutionQueries;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionDetail;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionFilter;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/executions}: job history (filtered, paged), one execution with its steps, failures and the actions its
 * state allows, and those actions; one its state does not allow is a 409 saying why.
 */
@RestController
@RequestMapping("/api/executions")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExecutionsController {

    /** An execution, and what an admin may do with it now. */
    record ExecutionView(ExecutionDetail execution, Set<Action> actions) {
    }

    private final ExecutionQueries queries;
    private final ExecutionActions actions;

    ExecutionsController(ExecutionQueries queries, ExecutionActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    /** @param from started on or after this day; {@code to}: started on or before this day */
    @GetMapping
    ExecutionPage executions(@RequestParam(required = false) String job, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String connection,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        LocalDateTime start = from == null ? null : from.atStartOfDay();
        LocalDateTime end = to == null ? null : to.plusDays(1).atStartOfDay();
        return queries.executions(new ExecutionFilter(job, status, connection, start, end, page, Math.min(size, 500)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> execution(@PathVariable long id) {
        return queries.execution(id).<ResponseEntity<?>>map(e -> ResponseEntity.ok(new ExecutionView(e, actions.allowed(id))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no execution " + id)));
    }

    /** Restarts it in the background: 202 with the new execution's location. */
    @PostMapping("/{id}/restart")
    ResponseEntity<ExecutionView> restart(@PathVariable long id) {
        long restarted = actions.restartInBackground(id);
        return ResponseEntity.accepted().location(URI.create("/api/executions/" + restarted)).body(view(restarted));
    }

    /** Asks it to stop at its next chunk boundary: 202, the execution stops soon after. */
    @PostMapping("/{id}/stop")
    ResponseEntity<ExecutionView> stop(@PathVariable long id) {
        actions.stop(id);
        return ResponseEntity.accepted().location(URI.create("/api/executions/" + id)).body(view(id));
    }

    @PostMapping("/{id}/abandon")
    ExecutionView abandon(@PathVariable long id) {
        actions.abandon(id);
        return view(id);
    }

    @PostMapping("/{id}/recover")
    ExecutionView recover(@PathVariable long id) {
        actions.recover(id);
        return view(id);
    }

    private ExecutionView view(long id) {
        return new ExecutionView(queries.execution(id).orElseThrow(), actions.allowed(id));
    }
}
