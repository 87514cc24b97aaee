package io.cartbridge.agent.web;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's first two pages, plain HTML until the Thymeleaf templates replace them: the login form (with its
 * CSRF token) and a start page saying who is logged in, with the logout form. They prove the pages' security chain
 * (form login, session, CSRF) end to end.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PagesController {

    @GetMapping(path = WebSecurityConfiguration.LOGIN, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
        String message = error != null ? "<p role=\"alert\">Wrong user name or password.</p>"
                : logout != null ? "<p>Logged out.</p>" : "";
        return page("Log in", message + """
                <form method="post" action="/login">
                  <label>User name <input name="username" autocomplete="username" required autofocus></label>
                  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                  %s
                  <button type="submit">Log in</button>
                </form>""".formatted(hidden(csrf)));
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String home(Principal user, CsrfToken csrf) {
        return page("CartBridge", """
                <p>Logged in as %s.</p>
                <p>REST API: <a href="/api/jobs">/api/jobs</a>, <a href="/api/executions">/api/executions</a>,
                   <a href="/api/files">/api/files</a>, <a href="/api/orders/held">/api/orders/held</a></p>
                <form method="post" action="/logout">%s<button type="submit">Log out</button></form>"""
                .formatted(HtmlUtils.htmlEscape(user.getName()), hidden(csrf)));
    }

    private static String hidden(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1>
                %s
                </body></html>
                """.formatted(title, title, body);
    }
}
