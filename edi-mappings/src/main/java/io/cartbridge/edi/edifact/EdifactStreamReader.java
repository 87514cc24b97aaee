package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.edifact.internal.ItemStream;
import java.io.IOException;

/** What the per-message readers share: an item stream over the file, its position, skip and close. */
abstract class EdifactStreamReader<T> implements EdiItemReader<T> {

    private final ItemStream<T> stream;

    EdifactStreamReader(ItemStream<T> stream) {
        this.stream = stream;
    }

    @Override
    public T next() throws EdiException {
        return stream.next();
    }

    @Override
    public long position() {
        return stream.position();
    }

    @Override
    public long skip(long count) throws EdiException {
        return stream.skip(count);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
