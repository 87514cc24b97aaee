package io.cartbridge.agent.web.pages;

import io.cartbridge.agent.admin.UsageException;
import io.cartbridge.agent.ops.HistoryPurge;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Purge of old run history, as {@code cartbridge purge --older-than DAYS}: a form for an OPERATOR, answered with what
 * went and what was kept (failed or stopped runs that can still be restarted). The ledger is never purged.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PurgePage {

    static final int DEFAULT_DAYS = 90;

    private final HistoryPurge purge;

    PurgePage(HistoryPurge purge) {
        this.purge = purge;
    }

    @GetMapping("/purge")
    String form(Model model) {
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", DEFAULT_DAYS);
        }
        return "purge";
    }

    @PostMapping("/purge")
    String purge(@RequestParam(required = false) Integer olderThanDays, RedirectAttributes flash) {
        return Outcomes.act(flash, "/purge", () -> {
            if (olderThanDays == null || olderThanDays < 1) {
                throw new UsageException("give the age of the history to remove in days, at least 1");
            }
            HistoryPurge.Purged purged = purge.purge(olderThanDays);
            flash.addFlashAttribute("purged", purged);
            flash.addFlashAttribute("days", olderThanDays);
            flash.addFlashAttribute(Outcomes.NOTICE, "Purged " + purged.jobExecutions() + " job execution(s) that ended "
                    + "more than " + olderThanDays + " days ago, and " + purged.inboxFiles() + " local copy(ies) of "
                    + "received files; kept " + purged.restartableKept() + " that can still be restarted.");
            return "/purge";
        });
    }
}
