package io.cartbridge.edi.x12;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.x12.internal.Order940Parser;
import io.cartbridge.edi.x12.internal.X12Scanner;
import io.cartbridge.edi.x12.internal.X12Segment;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads X12 940 Warehouse Shipping Orders back into canonical orders: for tests, the
 * {@code translate} CLI and warehouses that echo orders.
 *
 * <p>Accepts one or several interchanges per file, in 004010 or 005010, with any delimiters
 * (taken from each ISA), with or without line breaks (LF or CRLF) between segments, and UTF-8
 * text. The mapping is the inverse of {@link X12WarehouseOrderWriter}'s and tolerates common
 * variants of other senders (see {@link Order940Parser}). What the 940 cannot carry comes back
 * as follows: {@code orderDate} at the start of the day (G62 holds a date), order lines' text
 * as sanitised and truncated by the writer.
 *
 * <p>The file is all or nothing: any envelope error (the checks of {@link X12Validator}), a
 * transaction set other than 940, or a 940 without order number, ship-to or lines makes
 * {@link #read} throw an {@link EdiException} listing every error with its segment position.
 *
 * <p>Thread-safe. The stream is read to its end and not closed.
 *
 * @since 0.1
 */
public final class X12WarehouseOrderReader {

    /**
     * @param in the file
     * @return the orders and the envelope of the first interchange
     * @throws EdiException when the file is not a valid X12 file of 940s
     */
    public X12OrderFile read(InputStream in) throws EdiException {
        Objects.requireNonNull(in, "in");
        Order940Parser parser = new Order940Parser();
        X12Segment[] envelope = new X12Segment[2];
        X12Scanner.Result result = X12Scanner.scan(in, segment -> {
            if ("ISA".equals(segment.tag()) && envelope[0] == null) {
                envelope[0] = segment;
            } else if ("GS".equals(segment.tag()) && envelope[1] == null) {
                envelope[1] = segment;
            }
            parser.accept(segment);
        });
        List<EdiError> errors = new ArrayList<>(result.errors());
        errors.addAll(parser.errors());
        if (errors.isEmpty() && parser.orders().isEmpty()) {
            errors.add(new EdiError(0, "", "MISSING_DATA", "The file holds no 940 transaction set."));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
            throw new EdiException("Rejected X12 940 file", errors);
        }
        X12Segment isa = envelope[0];
        X12Segment gs = envelope[1];
        try {
                return new X12OrderFile(isa.element(5).trim(), isa.element(6).trim(), isa.element(7).trim(),
                    isa.element(8).trim(), isa.element(15).charAt(0), gs.element(8).trim(),
                    Long.parseLong(isa.element(13).trim()), Long.parseLong(gs.element(6).trim()),
                    parser.controlNumbers(), parser.orders());
        } catch (RuntimeException e) {
            throw new EdiException("Rejected X12 940 file", List.of(new EdiError(isa.position(), "ISA",
                    "INVALID_ELEMENT", "The ISA or GS envelope ids are unreadable: " + e.getMessage())));
        }
    }
}
