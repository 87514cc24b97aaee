package io.cartbridge.edi.x12;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import java.io.InputStream;
import java.util.List;

/** Reads X12 940 files. */
public final class X12WarehouseOrderReader {
    public X12OrderFile read(InputStream in) throws EdiException {
        throw new EdiException("Not implemented yet", List.of(new EdiError(0, "", "UNSUPPORTED", "Reader is being written")));
    }
}
