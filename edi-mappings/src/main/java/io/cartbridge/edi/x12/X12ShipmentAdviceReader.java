package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.x12.internal.Advice945Handler;
import io.cartbridge.edi.x12.internal.X12ItemStream;
import java.io.InputStream;

/**
 * Reads X12 945 Warehouse Shipping Advices as {@link ShipmentConfirmation}s, one per transaction
 * set, each handed out once its SE has been read and checked.
 *
 * <p>Accepts any number of interchanges per file, 004010 and 005010 side by side, any delimiters
 * (taken from each ISA, including control characters such as 0x15 as segment terminator), with or
 * without line breaks (LF or CRLF). Rejects, with an {@link EdiException} listing every error and
 * its segment position: the envelope errors of {@link X12Validator} (counts, control numbers,
 * malformed ISA, truncation), a transaction set CartBridge does not handle
 * ({@code UNSUPPORTED_TRANSACTION}) or of another type ({@code WRONG_TRANSACTION}), a file without
 * any set of this type, and the content errors listed below ({@code MISSING_DATA},
 * {@code INVALID_ELEMENT} for a number or date that does not parse). Streaming, positions, resume
 * and failure follow {@link EdiItemReader}.
 *
 * <p>Mapping: W06-02 order number, W06-04 shipment id, G62 qualifier {@code 11} (else W06-03) ship
 * date, W27-02 SCAC and W27-03 routing as service level, one package per LX loop from its MAN
 * segments ({@code CP} tracking number, {@code GM} SSCC), or from an N9 {@code 2I}/{@code CN}
 * reference when no MAN is sent, one line per W12 (01 status, 02 ordered, 03 shipped, 04
 * difference, 06 UPC case code, 07/08 and 17/18 qualified ids); parties from the heading's N1
 * loops (N1, N2, N3, N4), references from the heading's N9s (01 qualifier, 02 value; the first of a
 * qualifier kept), one unit load per W10 (01 type, 02 quantity), totals from W03 (01 units, 02/03
 * weight, 04/05 volume, 06 lading quantity). A 945 without W06-02 or W06-04 is
 * rejected ({@code MISSING_DATA}).
 *
 * @since 0.1
 */
public final class X12ShipmentAdviceReader extends X12StreamReader<ShipmentConfirmation> {

    private X12ShipmentAdviceReader(InputStream in) {
        super(new X12ItemStream<>(in, new Advice945Handler()));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static X12ShipmentAdviceReader open(InputStream in) {
        return new X12ShipmentAdviceReader(in);
    }
}
