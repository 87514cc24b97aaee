package io.cartbridge.agent.web.pages;

import java.util.List;

import io.cartbridge.agent.admin.LedgerActions;
import io.cartbridge.agent.admin.LedgerQueries;
import io.cartbridge.agent.admin.OrderTrails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Held orders (and why), an order's trail (the search box leads to it), and sending a sent order again.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OrderPages {

    private final LedgerQueries queries;
    private final LedgerActions actions;
    private final OrderTrails trails;

    OrderPages(LedgerQueries queries, LedgerActions actions, OrderTrails trails) {
        this.queries = queries;
        this.actions = actions;
        this.trails = trails;
    }

    @GetMapping("/orders/held")
    String held(@RequestParam(required = false) String connection, Model model) {
        String conn = blankless(connection);
        model.addAttribute("groups", queries.held(conn));
        model.addAttribute("connection", conn);
        return "held";
    }

    /** The search box's target: on to the order's trail. */
    @GetMapping("/orders")
    String search(@RequestParam(required = false) String number) {
        String n = blankless(number);
        return n == null ? "redirect:/orders/held" : "redirect:" + trail(n, null);
    }

    @GetMapping("/orders/{number}")
    String trail(@PathVariable String number, @RequestParam(required = false) String connection, Model model,
                 HttpServletResponse response) {
        String conn = blankless(connection);
        List<OrderTrails.Trail> found = trails.of(number, conn);
        model.addAttribute("number", number);
        model.addAttribute("trails", found);
        if (found.isEmpty()) {
            model.addAttribute("unknown", OrderTrails.unknown(number, conn));
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "trail";
    }

    /** Sends a sent order again with the next order-export ({@code number} is the cart's order id). */
    @PostMapping("/orders/{number}/resend")
    String resend(@PathVariable String number, @RequestParam(required = false) String connection, RedirectAttributes flash) {
        String conn = blankless(connection);
        String back = trail(number, conn);
        return Outcomes.act(flash, back, () -> {
            LedgerActions.Resent resent = actions.resendOrder(number, conn);
            flash.addFlashAttribute(Outcomes.NOTICE, "Order " + resent.cartOrderId() + " will be sent again to "
                    + resent.partner() + " by the next order-export run.");
            return back;
        });
    }

    /** The held page's form: the order number typed in. */
    @PostMapping("/orders/resend")
    String resendTyped(@RequestParam String number, @RequestParam(required = false) String connection, RedirectAttributes flash) {
        return resend(number.trim(), connection, flash);
    }

    private static String trail(String number, String connection) {
        return UriComponentsBuilder.fromPath("/orders/{number}").queryParamIfPresent("connection",
                java.util.Optional.ofNullable(connection)).buildAndExpand(number).encode().toUriString();
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
