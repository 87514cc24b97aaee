package io.cartbridge.agent.web.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (form login posts it to {@code /login}; {@code ?error} and {@code ?logout} say what happened). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
