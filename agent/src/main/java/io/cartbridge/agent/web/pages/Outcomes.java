package io.cartbridge.agent.web.pages;

import java.util.function.Supplier;

import io.cartbridge.agent.admin.UsageException;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.serve.RunRefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action's POST answers: a redirect, with a flash message saying what was done or, when the admin logic
 * refused (not found, not allowed in this state, a lock held by another run), why: the admin reads one line, never a
 * stack trace. Anything unexpected is left to the error page, which shows no exception text either.
 */
final class Outcomes {

    static final String NOTICE = "notice";
    static final String ERROR = "error";

    private Outcomes() {
    }

    /**
     * Runs the action; {@return where to redirect: the action's answer, or {@code failed} when it was refused}
     *
     * @param action gives the redirect target and puts its notice
     */
    static String act(RedirectAttributes flash, String failed, Supplier<String> action) {
        try {
            return "redirect:" + action.get();
        } catch (RunRefusedException e) {
            flash.addFlashAttribute(ERROR, e.getMessage());
            return "redirect:" + failed;
        } catch (UsageException | ConfigurationException e) {
            flash.addFlashAttribute(ERROR, e.getMessage());
            return "redirect:" + failed;
        }
    }
}
