package io.cartbridge.agent.web;

import java.util.List;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.admin.LedgerActions;
import io.cartbridge.agent.admin.LedgerActions.FileContent;
import io.cartbridge.agent.admin.LedgerQueries;
import io.cartbridge.agent.admin.LedgerQueries.Direction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/files}: files sent and received with states and reasons, their bytes, resend and reprocess. */
@RestController
@RequestMapping("/api/files")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FilesController {

    record Resent(long fileId, List<String> cartOrderIds) {
    }

    record Reprocessed(long fileId, String state) {
    }

    private final LedgerQueries queries;
    private final LedgerActions actions;

    FilesController(LedgerQueries queries, LedgerActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    /** @param direction {@code outbound}, {@code inbound}, or both when absent */
    @GetMapping
    List<LedgerQueries.Files> files(@RequestParam(required = false) String direction, @RequestParam(required = false) String state,
                                    @RequestParam(required = false) String connection) {
        return queries.files(Direction.of(direction), state, connection);
    }

    @GetMapping("/{direction}/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable String direction, @PathVariable long id) {
        FileContent file = actions.content(Direction.of(direction), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }

    /** Its orders go out again with the next order-export, in a new interchange: 202. */
    @PostMapping("/outbound/{id}/resend")
    ResponseEntity<Resent> resend(@PathVariable long id) {
        return ResponseEntity.accepted().body(new Resent(id, actions.resendFile(id)));
    }

    /** A rejected received file, RECEIVED again: the next import applies it; 202. */
    @PostMapping("/inbound/{id}/reprocess")
    ResponseEntity<Reprocessed> reprocess(@PathVariable long id) {
        actions.reprocess(id);
        return ResponseEntity.accepted().body(new Reprocessed(id, InboundFiles.State.RECEIVED.name()));
    }
}
