package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The engine behind the streaming EDIFACT readers: pulls segments from an {@link EdifactCursor},
 * checks that every message is the reader's type, feeds the handler and hands out its items one at
 * a time, failing with every error of the file as soon as one appears (see {@link EdiItemReader}).
 *
 * @param <T> the item type
 */
public final class ItemStream<T> implements EdiItemReader<T> {

    private final EdifactCursor cursor;
    private final MessageHandler<T> handler;
    private final MessageHandler.Envelope envelope = new MessageHandler.Envelope();
    private final ArrayDeque<T> ready = new ArrayDeque<>();
    private final List<EdiError> ownErrors = new ArrayList<>();
    private boolean inMessage;
    private long messagesRead;
    private long position;
    private boolean ended;
    private EdiException failure;

    public ItemStream(InputStream in, MessageHandler<T> handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.cursor = EdifactCursor.open(Objects.requireNonNull(in, "in"));
    }

    @Override
    public T next() {
        if (failure != null) {
            throw failure;
        }
        while (ready.isEmpty() && !ended) {
            EdifactSegment segment = cursor.next();
            if (segment == null) {
                ended = true;
                if (messagesRead == 0 && cursor.errors().isEmpty() && ownErrors.isEmpty()) {
                    ownErrors.add(new EdiError(0, "", "MISSING_DATA",
                            "The file holds no " + handler.messageType() + " message."));
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

    /** {@return the envelope around the last segment read} */
    public MessageHandler.Envelope envelope() {
        return envelope;
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

    private void route(EdifactSegment segment) {
        switch (segment.tag()) {
            case "UNB" -> envelope.unb = segment;
            case "UNG" -> envelope.ung = segment;
            case "UNE" -> envelope.ung = null;
            case "UNH" -> {
                envelope.unh = segment;
                inMessage = checkType(segment);
                if (inMessage) {
                    messagesRead++;
                }
            }
            default -> { }
        }
        if (inMessage) {
            handler.segment(segment, envelope, ready::add);
            if ("UNT".equals(segment.tag())) {
                inMessage = false;
            }
        }
    }

    private boolean checkType(EdifactSegment unh) {
        String type = unh.component(2, 1);
        if (handler.messageType().equals(type)) {
            return true;
        }
        boolean supported = MessageHandler.SUPPORTED.contains(type);
        ownErrors.add(new EdiError(unh.position(), "UNH", supported ? "WRONG_MESSAGE" : "UNSUPPORTED_MESSAGE",
                "Message " + type + (supported ? " is not a " + handler.documentName()
                        : " is not supported; CartBridge handles ORDERS, DESADV, INVRPT and CONTRL") + "."));
        return false;
    }

    private EdiException fail() {
        ready.clear();
        for (EdifactSegment s = cursor.next(); s != null; s = cursor.next()) {
            if ("UNH".equals(s.tag())) {
                checkType(s);
            }
        }
        ended = true;
        List<EdiError> errors = new ArrayList<>(cursor.errors());
        errors.addAll(ownErrors);
        errors.addAll(handler.errors());
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        failure = new EdiException("Rejected EDIFACT " + handler.messageType() + " file", errors);
        return failure;
    }
}
