package io.cartbridge.edi.x12;

import java.io.IOException;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.x12.internal.X12ItemStream;

/** What the per-document readers share: an item stream over the file, its position, skip and close. */
abstract class X12StreamReader<T> implements EdiItemReader<T> {

    private final X12ItemStream<T> stream;

    X12StreamReader(X12ItemStream<T> stream) {
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
