package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.edifact.EdifactReceivedInterchange;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds {@link EdifactReceivedInterchange}s from a file: one pass, one small record per message. */
public final class ReceiptScanner {

    private ReceiptScanner() {
    }

    public static List<EdifactReceivedInterchange> scan(InputStream in, List<EdiError> extraErrors) {
        EdifactCursor cursor = EdifactCursor.open(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes
            }
        });
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (EdifactSegment s = cursor.next(); s != null; s = cursor.next()) {
            switch (s.tag()) {
                case "UNB" -> {
                    current = new Draft(s);
                    drafts.add(current);
                }
                case "UNH" -> {
                    if (current != null) {
                        current.messages.add(new MessageDraft(s));
                    }
                }
                case "UNT" -> {
                    if (current != null && !current.messages.isEmpty()) {
                        current.messages.get(current.messages.size() - 1).end = s.position();
                    }
                }
                case "UNZ" -> {
                    if (current != null) {
                        current.end = s.position();
                    }
                }
                default -> { }
            }
            if ("UNH".equals(s.tag()) && !MessageHandler.SUPPORTED.contains(s.component(2, 1))
                    && current != null) {
                current.messages.get(current.messages.size() - 1).errors.add(new EdiError(s.position(), "UNH",
                        "UNSUPPORTED_MESSAGE", "Message " + s.component(2, 1) + " is not supported; CartBridge handles"
                                + " ORDERS, DESADV, INVRPT and CONTRL."));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<EdiError> all = new ArrayList<>();
        for (Draft d : drafts) {
            for (MessageDraft m : d.messages) {
                for (EdiError e : m.errors) {
                    seen.add(e.segmentPosition() + " " + e.code());
                }
            }
        }
        for (EdiError e : cursor.errors()) {
            if (seen.add(e.segmentPosition() + " " + e.code())) {
                all.add(e);
            }
        }
        for (EdiError e : extraErrors) {
            if (seen.add(e.segmentPosition() + " " + e.code())) {
                all.add(e);
            }
        }
        for (EdiError e : all) {
            place(drafts, e);
        }
        List<EdifactReceivedInterchange> result = new ArrayList<>();
        for (Draft d : drafts) {
            result.add(d.build());
        }
        return result;
    }

    private static void place(List<Draft> drafts, EdiError e) {
        if (drafts.isEmpty()) {
            return;
        }
        Draft target = drafts.get(0);
        for (Draft d : drafts) {
            if (d.unb.position() <= e.segmentPosition()) {
                target = d;
            }
        }
        for (MessageDraft m : target.messages) {
            if (m.unh.position() <= e.segmentPosition() && e.segmentPosition() <= m.end) {
                m.errors.add(e);
                return;
            }
        }
        target.errors.add(e);
    }

    private static final class Draft {
        final EdifactSegment unb;
        final List<MessageDraft> messages = new ArrayList<>();
        final List<EdiError> errors = new ArrayList<>();
        int end = Integer.MAX_VALUE;

        Draft(EdifactSegment unb) {
            this.unb = unb;
        }

        EdifactReceivedInterchange build() {
            List<EdifactReceivedInterchange.Message> built = new ArrayList<>();
            for (MessageDraft m : messages) {
                built.add(new EdifactReceivedInterchange.Message(m.unh.element(1), m.unh.component(2, 1),
                        m.unh.component(2, 2), m.unh.component(2, 3), m.unh.component(2, 4), m.unh.position(), m.errors));
            }
            return new EdifactReceivedInterchange(unb.component(2, 1), unb.value(2, 2), unb.component(3, 1),
                    unb.value(3, 2), unb.component(1, 1), unb.component(1, 2), unb.element(5), built, errors);
        }
    }

    private static final class MessageDraft {
        final EdifactSegment unh;
        final List<EdiError> errors = new ArrayList<>();
        int end = Integer.MAX_VALUE;

        MessageDraft(EdifactSegment unh) {
            this.unh = unh;
        }
    }
}
