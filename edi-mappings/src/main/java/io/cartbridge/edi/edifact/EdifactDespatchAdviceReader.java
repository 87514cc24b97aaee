package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.edifact.internal.DesadvHandler;
import io.cartbridge.edi.edifact.internal.ItemStream;
import io.cartbridge.edi.model.ShipmentConfirmation;
import java.io.InputStream;

/**
 * Reads EDIFACT DESADV despatch advices as {@link ShipmentConfirmation}s, <em>one per order</em>: a
 * DESADV that ships three orders yields three confirmations sharing its BGM number as shipment id,
 * handed out once the message's UNT has been read and checked.
 *
 * <p>Accepts any number of interchanges and messages per file, UNA present or absent, syntax
 * versions 1 to 4, UNG groups, directories D.96A and D.01B (and others: only the segments below are
 * read). Rejects, with an {@link io.cartbridge.edi.EdiException} listing every error and its segment
 * position: the envelope and syntax errors of {@link EdifactValidator}, a message other than DESADV
 * ({@code WRONG_MESSAGE}, {@code UNSUPPORTED_MESSAGE}), a file without DESADV, and the content errors
 * below ({@code MISSING_DATA}, {@code INVALID_ELEMENT} for a number or date that does not parse).
 * Streaming, positions, resume and failure follow {@link EdiItemReader}.
 *
 * <p>Mapping: BGM 1004 shipment id (required); DTM 11 (despatch date, else 137 document date) ship
 * date; heading RFF+ON the order (when no RFF+ON is sent at all, the first heading RFF+CR, VN or CO),
 * other heading RFFs the references (first value of a qualifier
 * kept); heading NADs the parties; TDT C040 carrier id (else carrier name; without a TDT carrier, the
 * id or name of the NAD+CA carrier party) and C228 service; each CPS a package, or one package per SSCC
 * when its GIN+BJ (or AW) segments give several (a pallet group: {@code PAC+3} with three identity
 * numbers; a GIN+BJ value that is no SSCC, 18 digits or 20 with the application identifier {@code 00},
 * is taken as the tracking number), its tracking number from a package-level
 * RFF+CN; a heading RFF+CN (the consignment's carrier
 * reference) is added as a package of its own when no package carries a tracking number, as the X12
 * readers do with a shipment-level REF CN; each LIN a
 * line with its ids ({@code LIN C212} and PIAs, keyed by item number type, the SKU being the id of the
 * reader's type, else of type SA, IN, BP, MF or none, the GTIN an id of type EN, SRV, UP, UA or UK),
 * QTY+12 shipped (required) and QTY+21 ordered, the difference computed when both are known. A line's
 * own RFF+ON places it in that order, else in the heading's; a line naming no order in a message
 * whose heading names none is rejected. An order's packages are those its lines are packed in (all
 * packages when the message ships one order or packs no line).
 *
 * @since 0.1
 */
public final class EdifactDespatchAdviceReader extends EdifactStreamReader<ShipmentConfirmation> {

    private EdifactDespatchAdviceReader(InputStream in, String itemType) {
        super(new ItemStream<>(in, new DesadvHandler(itemType)));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first confirmation, taking the SKU from ids of type {@code SA} first
     */
    public static EdifactDespatchAdviceReader open(InputStream in) {
        return open(in, "SA");
    }

    /**
     * @param in       the file
     * @param itemType the item number type (code list 7143) the partner gives the SKU, for example {@code IN}
     * @return a reader before the first confirmation
     */
    public static EdifactDespatchAdviceReader open(InputStream in, String itemType) {
        return new EdifactDespatchAdviceReader(in, itemType);
    }
}
