package io.cartbridge.agent.web.pages;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.ConnectionsOverview;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start page: each connection's jobs (schedules, next run, last run's status, the process holding the lock) with
 * "Run now", and what needs an admin's eye (held orders, rejected files and failed runs).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OverviewPage {

    private final ConnectionsOverview overview;
    private final DashboardCounts counts;
    private final AdminCommands admin;

    OverviewPage(ConnectionsOverview overview, DashboardCounts counts, AdminCommands admin) {
        this.overview = overview;
        this.counts = counts;
        this.admin = admin;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("connections", overview.connections());
        model.addAttribute("counts", counts.now());
        return "overview";
    }

    /** Starts the job for the connection in the background, as the API's start does; shows its execution. */
    @PostMapping("/jobs/{job}/start")
    String start(@PathVariable String job, @RequestParam(required = false) String connection, RedirectAttributes flash) {
        return Outcomes.act(flash, "/", () -> {
            long id = admin.start(job, connection == null || connection.isBlank() ? null : connection);
            flash.addFlashAttribute(Outcomes.NOTICE, job + (connection == null ? "" : " for connection " + connection)
                    + " started as execution " + id + ".");
            return "/executions/" + id;
        });
    }
}
