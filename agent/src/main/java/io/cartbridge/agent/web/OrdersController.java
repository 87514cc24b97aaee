package io.cartbridge.agent.web;

import java.util.List;

import io.cartbridge.agent.admin.LedgerActions;
import io.cartbridge.agent.admin.LedgerQueries;
import io.cartbridge.agent.admin.OrderTrails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/orders}: held orders, an order's trail, and resending a sent order. */
@RestController
@RequestMapping("/api/orders")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OrdersController {

    private final LedgerQueries queries;
    private final LedgerActions actions;
    private final OrderTrails trails;

    OrdersController(LedgerQueries queries, LedgerActions actions, OrderTrails trails) {
        this.queries = queries;
        this.actions = actions;
        this.trails = trails;
    }

    @GetMapping("/held")
    List<LedgerQueries.HeldOrders> held(@RequestParam(required = false) String connection) {
        return queries.held(connection);
    }

    /** The trails of the orders of that number (one per store and partner that knows it); 404 when none. */
    @GetMapping("/{number}/trail")
    ResponseEntity<?> trail(@PathVariable String number, @RequestParam(required = false) String connection) {
        List<OrderTrails.Trail> found = trails.of(number, connection);
        return found.isEmpty() ? ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, OrderTrails.unknown(number, connection)))
                : ResponseEntity.ok(found);
    }

    /**
     * Sends a sent order again with the next order-export, as {@code cartbridge resend ORDER} does ({@code number} is
     * the cart's order id); 202.
     */
    @PostMapping("/{number}/resend")
    ResponseEntity<LedgerActions.Resent> resend(@PathVariable String number, @RequestParam(required = false) String connection) {
        return ResponseEntity.accepted().body(actions.resendOrder(number, connection));
    }
}
