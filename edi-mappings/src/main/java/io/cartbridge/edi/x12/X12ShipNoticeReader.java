package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.x12.internal.ShipNotice856Handler;
import io.cartbridge.edi.x12.internal.X12ItemStream;
import java.io.InputStream;

/**
 * Reads X12 856 Ship Notices as {@link ShipmentConfirmation}s, <em>one per order</em> (O level of
 * the HL hierarchy): an 856 that ships three orders yields three confirmations sharing BSN-02 as
 * their shipment id. They are handed out once the set's SE has been read and checked.
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
 * <p>Mapping: hierarchies S-O-P-I, S-O-I and S-O-T-P-I, walked in file order. BSN-02 shipment id;
 * DTM {@code 011} (else BSN-03) ship date; TD5-03 SCAC and TD5-12 service level (else TD5-05
 * routing), an order-level TD5 winning over the shipment's; PRF-01 order number; one package per
 * pack level from its MAN ({@code CP} tracking number, {@code GM} SSCC) and REF {@code CN}/{@code 2I}
 * segments, or, without pack levels, from the order's (else the shipment's) MAN/REF; one line per
 * item level from LIN (qualified id pairs) and SN1 (02 shipped, 05 ordered, 08 line item status);
 * parties from the N1 loops and references from the REF segments of the shipment level and of the
 * order's level (an order-level REF replacing the shipment's of the same qualifier); totals from the
 * shipment level's first TD1 (02 lading quantity, 07/08 weight, 09/10 volume). An 856 without BSN-02, without order level, or with an order level without PRF is rejected
 * ({@code MISSING_DATA}).
 *
 * @since 0.1
 */
public final class X12ShipNoticeReader extends X12StreamReader<ShipmentConfirmation> {

    private X12ShipNoticeReader(InputStream in) {
        super(new X12ItemStream<>(in, new ShipNotice856Handler()));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static X12ShipNoticeReader open(InputStream in) {
        return new X12ShipNoticeReader(in);
    }
}
