package io.cartbridge.agent.web;

import io.cartbridge.agent.admin.UsageException;
import io.cartbridge.agent.ops.HistoryPurge;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/history/purge?olderThanDays=N}: old run history removed as {@code cartbridge purge --older-than N}
 * does (runs that can still be restarted kept, the ledger never touched); answers what went and what was kept.
 */
@RestController
@RequestMapping("/api/history")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HistoryController {

    private final HistoryPurge purge;

    HistoryController(HistoryPurge purge) {
        this.purge = purge;
    }

    @PostMapping("/purge")
    HistoryPurge.Purged purge(@RequestParam(required = false) Integer olderThanDays) {
        if (olderThanDays == null || olderThanDays < 1) {
            throw new UsageException("olderThanDays: the age of the history to remove in days, at least 1");
        }
        return purge.purge(olderThanDays);
    }
}
