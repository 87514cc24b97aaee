package io.cartbridge.agent.inbound;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;

/**
 * Reads a received file by what it is: its format told from its first bytes, as when it was collected (a partner's
 * folder may hold files of several formats).
 */
public final class ReceivedFormat {

    private ReceivedFormat() {
    }

    /**
     * {@return what {@code open} makes of the file's stream in the file's format; a file no format recognises is given
     * to X12, the oldest, whose validation and readers say why it is not a file CartBridge reads}
     */
    public static <T> T open(InputStream in, BiFunction<WarehouseFormat, InputStream, T> open) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        try {
            buffered.mark(512);
            byte[] start = buffered.readNBytes(512);
            buffered.reset();
            WarehouseFormat format = WarehouseFormats.detect(start).orElseGet(() -> WarehouseFormats.named("x12"));
            return open.apply(format, buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
