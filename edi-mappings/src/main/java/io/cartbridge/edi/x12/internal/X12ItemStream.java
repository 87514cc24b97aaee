package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.x12.X12Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The engine behind the streaming X12 readers: pulls segments from a {@link SegmentCursor}, checks
 * that every transaction set is the reader's type, feeds the handler and hands out its items one at
 * a time, failing with every error of the file as soon as one appears (see {@link EdiItemReader}).
 *
 * @param <T> the item type
 */
public final class X12ItemStream<T> implements EdiItemReader<T> {

    private final SegmentCursor cursor;
    private final TransactionHandler<T> handler;
    private final TransactionHandler.Envelope envelope = new TransactionHandler.Envelope();
    private final ArrayDeque<T> ready = new ArrayDeque<>();
    private final List<EdiError> ownErrors = new ArrayList<>();
    private boolean inSet;
    private long setsRead;
    private long position;
    private boolean ended;
    private EdiException failure;

    public X12ItemStream(InputStream in, TransactionHandler<T> handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.cursor = SegmentCursor.open(Objects.requireNonNull(in, "in"), handler::schema);
    }

    @Override
    public T next() {
        if (failure != null) {
            throw failure;
        }
        while (ready.isEmpty() && !ended) {
            X12Segment segment = cursor.next();
            if (segment == null) {
                ended = true;
                if (setsRead == 0 && cursor.errors().isEmpty() && ownErrors.isEmpty()) {
                    ownErrors.add(new EdiError(0, "", "MISSING_DATA",
                            "The file holds no " + handler.transactionSetId() + " transaction set."));
                }
            } else {
                route(segment);
            }
            if (!cursor.errors().isEmpty() || !ownErrors.isEmpty() || !handler.errors().isEmpty()) {
                throw fail();
            }
        }
        T item = ready.poll();
        if (item != null) {
            position++;
        }
        return item;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        ended = true;
        ready.clear();
        cursor.close();
    }

    private void route(X12Segment segment) {
        switch (segment.tag()) {
            case "ISA" -> envelope.isa = segment;
            case "GS" -> envelope.gs = segment;
            case "ST" -> {
                envelope.st = segment;
                inSet = checkSetType(segment);
                if (inSet) {
                    setsRead++;
                }
            }
            default -> { }
        }
        if (inSet) {
            handler.segment(segment, envelope, ready::add);
            if ("SE".equals(segment.tag())) {
                inSet = false;
            }
        }
    }

    private boolean checkSetType(X12Segment st) {
        String id = st.element(1);
        if (handler.handles(id)) {
            return true;
        }
        boolean supported = X12Validator.SUPPORTED_TRANSACTIONS.contains(id);
        ownErrors.add(new EdiError(st.position(), "ST", supported ? "WRONG_TRANSACTION" : "UNSUPPORTED_TRANSACTION",
                "Transaction set " + id + (supported ? " is not a " + handler.documentName()
                        : " is not supported; CartBridge handles 940, 945, 856, 846, 997 and 999") + "."));
        return false;
    }

    private EdiException fail() {
        ready.clear();
        for (X12Segment s = cursor.next(); s != null; s = cursor.next()) {
            if ("ST".equals(s.tag())) {
                checkSetType(s);
            }
        }
        ended = true;
        List<EdiError> errors = new ArrayList<>(cursor.errors());
        errors.addAll(ownErrors);
        errors.addAll(handler.errors());
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        failure = new EdiException("Rejected X12 " + handler.transactionSetId() + " file", errors);
        return failure;
    }
}
