package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.x12.ReceivedInterchange;
import io.cartbridge.edi.x12.X12Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link ReceivedInterchange}s from a file: one pass with a {@link SegmentCursor} records the
 * span (first and last segment position) of every interchange, group and set, then each error goes
 * to the innermost span that contains it. An unclosed span runs to the end of the file.
 */
public final class ReceiptScanner {

    private static final int OPEN = Integer.MAX_VALUE;

    private ReceiptScanner() {
    }

    private static final class Span {
        final X12Segment header;
        final List<Span> children = new ArrayList<>();
        final List<EdiError> errors = new ArrayList<>();
        int end = OPEN;

        Span(X12Segment header) {
            this.header = header;
        }

        boolean contains(int position) {
            return position >= header.position() && position <= end;
        }
    }

    public static List<ReceivedInterchange> scan(InputStream in, List<EdiError> extraErrors) {
        SegmentCursor cursor = SegmentCursor.open(in);
        List<Span> interchanges = new ArrayList<>();
        List<EdiError> errors = new ArrayList<>();
        Span isa = null;
        Span gs = null;
        Span st = null;
        for (X12Segment s = cursor.next(); s != null; s = cursor.next()) {
            switch (s.tag()) {
                case "ISA" -> interchanges.add(isa = new Span(s));
                case "GS" -> {
                    gs = new Span(s);
                    if (isa != null) {
                        isa.children.add(gs);
                    }
                }
                case "ST" -> {
                    st = new Span(s);
                    if (gs != null) {
                        gs.children.add(st);
                    }
                    if (!X12Validator.SUPPORTED_TRANSACTIONS.contains(s.element(1))) {
                        errors.add(new EdiError(s.position(), "ST", "UNSUPPORTED_TRANSACTION", "Transaction set "
                                + s.element(1) + " is not supported; CartBridge handles 940, 945, 856, 846, 997 and 999."));
                    }
                }
                case "SE" -> close(st, s);
                case "GE" -> close(gs, s);
                case "IEA" -> close(isa, s);
                default -> { }
            }
        }
        errors.addAll(cursor.errors());
        Set<String> seen = new HashSet<>();
        for (EdiError e : errors) {
            seen.add(e.segmentPosition() + " " + e.code());
        }
        for (EdiError e : extraErrors) {
            if (seen.add(e.segmentPosition() + " " + e.code())) {
                errors.add(e);
            }
        }
        errors.forEach(e -> place(e, interchanges));
        return interchanges.stream().map(ReceiptScanner::toInterchange).toList();
    }

    private static void close(Span span, X12Segment trailer) {
        if (span != null && span.end == OPEN) {
            span.end = trailer.position();
        }
    }

    private static void place(EdiError error, List<Span> interchanges) {
        int p = error.segmentPosition();
        for (Span isa : interchanges) {
            if (!isa.contains(p)) {
                continue;
            }
            for (Span gs : isa.children) {
                if (gs.contains(p)) {
                    for (Span st : gs.children) {
                        if (st.contains(p)) {
                            st.errors.add(error);
                            return;
                        }
                    }
                    gs.errors.add(error);
                    return;
                }
            }
            isa.errors.add(error);
            return;
        }
        if (!interchanges.isEmpty()) {
            // position 0 (unknown) or past every span: the last interchange is the one that broke
            interchanges.get(interchanges.size() - 1).errors.add(error);
        }
    }

    private static ReceivedInterchange toInterchange(Span isa) {
        List<ReceivedInterchange.Group> groups = isa.children.stream().map(gs -> new ReceivedInterchange.Group(
                gs.header.element(1).trim(), gs.header.element(6).trim(), gs.header.element(8).trim(),
                gs.children.stream().map(st -> new ReceivedInterchange.Transaction(st.header.element(1).trim(),
                        st.header.element(2).trim(), st.header.position(), st.errors)).toList(),
                gs.errors)).toList();
        return new ReceivedInterchange(isa.header.element(5).trim(), isa.header.element(6).trim(),
                isa.header.element(13).trim(), groups, isa.errors);
    }
}
