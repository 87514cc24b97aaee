package io.cartbridge.agent.ops;

import java.time.LocalDateTime;

/**
 * One event worth telling someone about, as recorded in {@code cb_alert}.
 *
 * @param id        the row's id (0 before it is recorded)
 * @param eventKey  what makes the event one event: {@code job-failed:42}, {@code order-held:1234}, ...
 * @param kind      {@link Kind}
 * @param store     the store concerned, or null
 * @param partner   the partner concerned, or null
 * @param subject   one line, the e-mail's subject
 * @param body      what happened and what to do, plain text; never a secret
 * @param createdAt when the event was recorded
 */
public record Alert(long id, String eventKey, Kind kind, String store, String partner, String subject, String body,
                    LocalDateTime createdAt) {

    /** What happened. */
    public enum Kind {
        /** A job execution ended FAILED. */
        JOB_FAILED,
        /** A file was rejected: one received from the warehouse by us, or one we sent by the warehouse's 997 / CONTRL. */
        FILE_REJECTED,
        /** An order has been held back longer than {@code cartbridge.alerts.held-hours}. */
        ORDER_HELD,
        /** An order file has been on the warehouse's server longer than {@code cartbridge.alerts.unacknowledged-hours}
         *  without its acknowledgment. */
        FILE_UNACKNOWLEDGED
    }
}
