package io.cartbridge.agent.web.pages;

import java.time.LocalDate;
import java.util.Locale;

import io.cartbridge.agent.admin.ExecutionActions;
import io.cartbridge.agent.admin.ExecutionQueries;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionFilter;
import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Job history, filtered and paged (a page says only whether there is a next one: no count over a large history),
 * and one execution with its steps' counts, its failure and the actions its state allows now.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExecutionPages {

    static final int PAGE_SIZE = 25;

    private final ExecutionQueries queries;
    private final ExecutionActions actions;
    private final AdminCommands admin;

    ExecutionPages(ExecutionQueries queries, ExecutionActions actions, AdminCommands admin) {
        this.queries = queries;
        this.actions = actions;
        this.admin = admin;
    }

    /** @param from started on or after this day; {@code to}: on or before this day */
    @GetMapping("/executions")
    String executions(@RequestParam(required = false) String job, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String connection,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        String conn = connection == null || connection.isBlank() ? null : connection.trim();
        model.addAttribute("executions", queries.executions(new ExecutionFilter(job, status, conn,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay(), page, PAGE_SIZE)));
        model.addAttribute("jobs", new java.util.TreeSet<>(admin.jobNames()));
        model.addAttribute("statuses", java.util.List.of("STARTED", "COMPLETED", "FAILED", "STOPPING", "STOPPED", "ABANDONED",
                "UNKNOWN"));
        model.addAttribute("job", job);
        model.addAttribute("status", status == null ? null : status.trim().toUpperCase(Locale.ROOT));
        model.addAttribute("connection", conn);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "executions";
    }

    @GetMapping("/executions/{id}")
    String execution(@PathVariable long id, Model model) {
        model.addAttribute("execution", queries.execution(id).orElseThrow(() -> new NotFoundException("no execution " + id)));
        model.addAttribute("actions", actions.allowed(id).stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
        return "execution";
    }

    /** Restart (in the background; shows the new execution), stop, abandon or recover. */
    @PostMapping("/executions/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, RedirectAttributes flash) {
        String here = "/executions/" + id;
        return Outcomes.act(flash, here, () -> switch (action) {
            case "restart" -> {
                long restarted = actions.restartInBackground(id);
                flash.addFlashAttribute(Outcomes.NOTICE, "Execution " + id + " restarted as execution " + restarted + ".");
                yield "/executions/" + restarted;
            }
            case "stop" -> {
                actions.stop(id);
                flash.addFlashAttribute(Outcomes.NOTICE, "Execution " + id + " stops at its next chunk boundary.");
                yield here;
            }
            case "abandon" -> {
                actions.abandon(id);
                flash.addFlashAttribute(Outcomes.NOTICE, "Execution " + id + " abandoned: it will not be restarted.");
                yield here;
            }
            case "recover" -> {
                actions.recover(id);
                flash.addFlashAttribute(Outcomes.NOTICE, "Execution " + id + " recovered: it is FAILED now and can be restarted.");
                yield here;
            }
            default -> throw new NotFoundException("no action " + action + " (restart, stop, abandon or recover)");
        });
    }
}
