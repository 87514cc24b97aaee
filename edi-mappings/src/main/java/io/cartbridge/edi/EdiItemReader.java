package io.cartbridge.edi;

import java.io.Closeable;
import java.io.IOException;

/**
 * A pull reader of canonical items from one inbound EDI file, one item at a time, whose progress
 * is a single number that a batch step can checkpoint.
 *
 * <p>Contract shared by every streaming reader:
 * <ul>
 *   <li>{@link #next()} returns the next item, or {@code null} at the end of the file, and keeps
 *       returning {@code null} after that;</li>
 *   <li>{@link #position()} counts the items handed out by {@link #next()} and skipped by
 *       {@link #skip(long)}: save it after each chunk;</li>
 *   <li>to resume, open a reader on a fresh stream of the same file and call
 *       {@code skip(savedPosition)}: the following {@code next()} calls return exactly the items
 *       that followed. Skipping re-reads (and re-validates) the skipped part; nothing else is
 *       needed to resume;</li>
 *   <li>a file found invalid makes {@code next()} (or {@code skip}) throw an {@link EdiException}
 *       listing every error of the file with its segment position; the reader reads the rest of
 *       the file to collect them, and throws the same exception on every later call. Items
 *       handed out earlier came from a part of the file that was valid so far; a caller that
 *       must not apply any part of a broken file validates it first (a cheap streaming pass);</li>
 *   <li>memory does not grow with the file: only the current item (or transaction set, for
 *       documents emitted at their trailer) is held.</li>
 * </ul>
 * Instances are not thread-safe. {@link #close()} closes the underlying stream.
 *
 * @param <T> the canonical item type
 * @since 0.1
 */
public interface EdiItemReader<T> extends Closeable {

    /**
     * @return the next item, or {@code null} when the file has no more
     * @throws EdiException when the file is invalid (see the interface description)
     */
    T next() throws EdiException;

    /** {@return how many items were handed out or skipped since the reader was opened} */
    long position();

    /**
     * Reads and discards up to {@code count} items, counting them in {@link #position()}.
     *
     * @param count how many items to skip, {@code >= 0}
     * @return how many were skipped: fewer than {@code count} only when the file ended first
     * @throws EdiException when the file is invalid
     */
    default long skip(long count) throws EdiException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, not " + count);
        }
        long skipped = 0;
        while (skipped < count && next() != null) {
            skipped++;
        }
        return skipped;
    }

    /** Closes the underlying stream. Idempotent. */
    @Override
    void close() throws IOException;
}
