package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;

/**
 * Parses a file on a thread of its own, a few hundred items ahead of the step, so that parsing
 * overlaps the step's database work. Items, and a parse error where the file has one, come out
 * exactly as the wrapped reader gives them, in order; {@link #position()} counts the items handed
 * out, so checkpoints are the same as without read-ahead.
 */
final class ReadAheadReader<T> implements EdiItemReader<T> {

    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 4;

    /** Items read in a row; then the error that stopped the file, or the end of the file. */
    private record Batch<T>(List<T> items, EdiException error, RuntimeException failure, boolean end) {
    }

    private final EdiItemReader<T> delegate;
    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread producer;
    private volatile boolean closed;
    private Batch<T> batch;
    private int index;
    private long position;

    /** Starts reading ahead from where {@code delegate} stands now. */
    ReadAheadReader(EdiItemReader<T> delegate) {
        this.delegate = delegate;
        this.position = delegate.position();
        this.producer = new Thread(this::produce, "cartbridge-read-ahead");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce() {
        while (!closed) {
            List<T> items = new ArrayList<>(BATCH);
            try {
                T item = null;
                while (items.size() < BATCH && (item = delegate.next()) != null) {
                    items.add(item);
                }
                boolean end = item == null;
                if (!put(new Batch<>(items, null, null, end)) || end) {
                    return;
                }
            } catch (EdiException e) {
                put(new Batch<>(items, e, null, true));
                return;
            } catch (RuntimeException e) {
                put(new Batch<>(items, null, e, true));
                return;
            }
        }
    }

    private boolean put(Batch<T> next) {
        try {
            while (!closed) {
                if (queue.offer(next, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public T next() throws EdiException {
        while (true) {
            if (batch != null && index < batch.items().size()) {
                position++;
                return batch.items().get(index++);
            }
            if (batch != null && batch.error() != null) {
                throw batch.error();
            }
            if (batch != null && batch.failure() != null) {
                throw batch.failure();
            }
            if (batch != null && batch.end()) {
                return null;
            }
            try {
                batch = queue.take();
                index = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading ahead", e);
            }
        }
    }

    @Override
    public long position() {
        return position;
    }

    /** Stops the reading thread, then closes the wrapped reader. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            producer.interrupt();
            try {
                producer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delegate.close();
        }
    }
}
