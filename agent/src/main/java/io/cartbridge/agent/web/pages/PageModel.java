package io.cartbridge.agent.web.pages;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.cartbridge.agent.admin.NotFoundException;
import io.cartbridge.agent.admin.UsageException;
import io.cartbridge.agent.config.ConfigurationException;

/**
 * What every page shows: who is logged in and whether they may act (an OPERATOR sees the action buttons, a VIEWER
 * does not; the security chain refuses a VIEWER's POST anyway). A page asked for something that does not exist, or
 * with a filter the admin logic refuses, shows that one line.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageModel {

    @ModelAttribute
    void user(Principal principal, Model model) {
        if (principal != null) {
            model.addAttribute("user", principal.getName());
            model.addAttribute("operator", principal instanceof Authentication a
                    && a.getAuthorities().stream().anyMatch(g -> "ROLE_OPERATOR".equals(g.getAuthority())));
        }
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "problem";
    }

    @ExceptionHandler({UsageException.class, ConfigurationException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(RuntimeException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "problem";
    }
}
