package io.cartbridge.agent.web.pages;

import java.security.Principal;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.ConnectionsOverview;
import io.cartbridge.agent.serve.JobPauses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start page: each connection's jobs (schedules, next run, last run's status, the process holding the lock,
 * whether it is paused) with "Run now" and Pause / Resume, and what needs an admin's eye (held orders, rejected files
 * and failed runs).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OverviewPage {

    private final ConnectionsOverview overview;
    private final DashboardCounts counts;
    private final AdminCommands admin;
    private final JobPauses pauses;

    OverviewPage(ConnectionsOverview overview, DashboardCounts counts, AdminCommands admin, JobPauses pauses) {
        this.overview = overview;
        this.counts = counts;
        this.admin = admin;
        this.pauses = pauses;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("connections", overview.connections());
        model.addAttribute("counts", counts.now());
        return "overview";
    }

    /**
     * Starts the job for the connection in the background, as the API's start does (an import after an
     * inbound-collect); shows the execution started first.
     */
    @PostMapping("/jobs/{job}/start")
    String start(@PathVariable String job, @RequestParam(required = false) String connection, RedirectAttributes flash) {
        String conn = blankless(connection);
        return Outcomes.act(flash, "/", () -> {
            AdminCommands.Started started = admin.start(job, conn, true);
            flash.addFlashAttribute(Outcomes.NOTICE, started.job() + forConnection(conn) + " started as execution "
                    + started.executionId() + (started.then() == null ? "." : "; " + started.then() + " runs when it ends."));
            return "/executions/" + started.executionId();
        });
    }

    /**
     * Pauses the job's schedules and trigger for the connection (Run now still runs it), or resumes them.
     *
     * @param action {@code pause} or {@code resume}
     */
    @PostMapping("/jobs/{job}/{action:pause|resume}")
    String pauseOrResume(@PathVariable String job, @PathVariable String action,
                         @RequestParam(required = false) String connection, Principal user, RedirectAttributes flash) {
        String conn = blankless(connection);
        return Outcomes.act(flash, "/", () -> {
            if (action.equals("pause")) {
                flash.addFlashAttribute(Outcomes.NOTICE, "Paused " + String.join(", ", pauses.pause(job, conn, user.getName()))
                        + ": no schedule or trigger starts it until it is resumed; Run now still does.");
            } else {
                flash.addFlashAttribute(Outcomes.NOTICE, "Resumed " + String.join(", ", pauses.resume(job, conn, user.getName()))
                        + ": its schedules start it again.");
            }
            return "/";
        });
    }

    private static String forConnection(String connection) {
        return connection == null ? "" : " for connection " + connection;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
