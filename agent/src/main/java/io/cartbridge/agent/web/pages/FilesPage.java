package io.cartbridge.agent.web.pages;

import io.cartbridge.agent.admin.LedgerActions;
import io.cartbridge.agent.admin.LedgerActions.FileContent;
import io.cartbridge.agent.admin.LedgerQueries;
import io.cartbridge.agent.admin.LedgerQueries.Direction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files sent and received, per store and partner, with their states and reasons; each one's bytes for download; a
 * sent file's orders sent again (Resend) and a rejected received file applied again after a fix (Reprocess).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FilesPage {

    private final LedgerQueries queries;
    private final LedgerActions actions;

    FilesPage(LedgerQueries queries, LedgerActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GetMapping("/files")
    String files(@RequestParam(required = false) String direction, @RequestParam(required = false) String state,
                 @RequestParam(required = false) String connection, Model model) {
        String conn = connection == null || connection.isBlank() ? null : connection.trim();
        model.addAttribute("groups", queries.files(Direction.of(direction), state, conn));
        model.addAttribute("direction", direction == null || direction.isBlank() ? null : direction.trim().toLowerCase());
        model.addAttribute("state", state == null || state.isBlank() ? null : state.trim().toUpperCase());
        model.addAttribute("connection", conn);
        return "files";
    }

    /** The file as the warehouse got it (sent) or as the agent collected it (received), as an attachment. */
    @GetMapping("/files/{direction}/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable String direction, @PathVariable long id) {
        FileContent file = actions.content(Direction.of(direction), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }

    @PostMapping("/files/outbound/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes flash) {
        return Outcomes.act(flash, "/files?direction=outbound", () -> {
            var orders = actions.resendFile(id);
            flash.addFlashAttribute(Outcomes.NOTICE, "Outbound file " + id + ": its " + orders.size() + " order(s) ("
                    + String.join(", ", orders) + ") will be sent again by the next order-export run.");
            return "/files?direction=outbound";
        });
    }

    @PostMapping("/files/inbound/{id}/reprocess")
    String reprocess(@PathVariable long id, RedirectAttributes flash) {
        return Outcomes.act(flash, "/files?direction=inbound", () -> {
            actions.reprocess(id);
            flash.addFlashAttribute(Outcomes.NOTICE, "Inbound file " + id + " is RECEIVED again: the next import applies it.");
            return "/files?direction=inbound";
        });
    }
}
