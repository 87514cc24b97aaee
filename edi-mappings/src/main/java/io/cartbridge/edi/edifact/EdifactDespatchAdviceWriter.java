package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.edifact.internal.SegmentOut;
import io.cartbridge.edi.model.Reference;
import io.cartbridge.edi.model.ReferenceKind;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes {@link ShipmentConfirmation}s as UN/EDIFACT DESADV despatch advices, one message per
 * confirmation (so one per order), one interchange per call: what a warehouse sends, as the sandbox
 * warehouse does and {@link EdifactDespatchAdviceReader} reads back to the same values.
 *
 * <p>Envelope as {@link EdifactOrdersWriter} (sender the warehouse, recipient the shop; application
 * reference {@code DESADV}). Each message, empty elements and segments left out:
 * <pre>
 * UNH+n+DESADV:D:96A:UN[:association code]
 * BGM+351+shipmentId+9          DTM+137:created(CCYYMMDDHHMM):203     DTM+11:shipDate(CCYYMMDD):102
 * RFF+ON:orderNumber            RFF+qualifier:value (each other reference, in order)
 * TDT+20+++:serviceLevel+carrierCode::182
 * per package:  CPS+n   PAC+1++CT   GIN+BJ+sscc   RFF+CN:trackingNumber
 * per line (after the last package): LIN+n++gtin:EN   PIA+5+sku:itemType   PIA+1+id:type (other ids)
 *               QTY+12:shipped   QTY+21:ordered
 * UNT+segments+n
 * </pre>
 * Lines are written after the last package: a confirmation does not say which line went in which
 * parcel, and a message that ships one order gives that order every package. Line statuses, parties,
 * totals and unit loads are not written. Instances are immutable and thread-safe; the output stream
 * is flushed, not closed.
 *
 * @since 0.2
 */
public final class EdifactDespatchAdviceWriter {

    private static final DateTimeFormatter F203 = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter F102 = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Item number types (7143) written as additional PIAs, when a line carries them. */
    private static final Set<String> OTHER_ID_TYPES = Set.of("SA", "IN", "BP", "MF");

    private final EdifactSettings settings;
    private final String itemType;

    /** A writer that types each line's SKU {@code SA} (supplier's article number) in PIA. */
    public EdifactDespatchAdviceWriter(EdifactSettings settings) {
        this(settings, "SA");
    }

    /**
     * @param settings the envelope and syntax settings (sender: the warehouse)
     * @param itemType the PIA item number type (code list 7143) of the SKU, for example {@code SA}
     */
    public EdifactDespatchAdviceWriter(EdifactSettings settings, String itemType) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.itemType = Objects.requireNonNull(itemType, "itemType");
    }

    /**
     * Writes one interchange holding one DESADV message per confirmation.
     *
     * @param controlReference UNB 0020, 1 to 99999999999999
     * @param created          UNB date and time, and DTM+137
     * @param shipments        at least one, each with an order number, a shipment id and a line
     * @throws IllegalArgumentException for an out-of-range control reference or a confirmation that
     *                                  cannot form a DESADV message
     */
    public void write(OutputStream out, long controlReference, LocalDateTime created, List<ShipmentConfirmation> shipments)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        EdifactOrdersWriter.checkControlReference(controlReference);
        check(shipments);
        SegmentOut segments = new SegmentOut(out, settings);
        String reference = Long.toString(controlReference);
        segments.header(reference, created, "DESADV");
        int message = 0;
        for (ShipmentConfirmation shipment : shipments) {
            String unh = Integer.toString(++message);
            segments.resetCount();
            segments.segment("UNH", unh, composite("DESADV", "D", settings.release(), "UN", settings.associationCode()));
            body(segments, shipment, created);
            segments.segment("UNT", Integer.toString(segments.count() + 1), unh);
        }
        segments.trailer(message, reference);
    }

    private void body(SegmentOut segments, ShipmentConfirmation s, LocalDateTime created) throws IOException {
        segments.segment("BGM", "351", s.shipmentId(), "9");
        segments.segment("DTM", composite("137", F203.format(created), "203"));
        if (s.shipDate() != null) {
            segments.segment("DTM", composite("11", F102.format(s.shipDate()), "102"));
        }
        segments.segment("RFF", composite("ON", s.orderNumber()));
        for (Reference r : s.qualifiedReferences()) {
            String qualifier = r.kind() == ReferenceKind.OTHER ? r.code()
                    : EdifactCodeLists.REFERENCES.codeOf(r.kind(), r.code());
            // RFF+ON is the order number's place
            if (qualifier != null && !"ON".equals(qualifier)) {
                segments.segment("RFF", composite(qualifier, r.value()));
            }
        }
        if (s.carrierCode() != null || s.serviceLevel() != null) {
            segments.segment("TDT", "20", null, null, composite(null, s.serviceLevel()),
                    composite(s.carrierCode(), null, s.carrierCode() == null ? null : "182"));
        }
        int cps = 0;
        for (ShipmentPackage p : s.packages()) {
            segments.segment("CPS", Integer.toString(++cps));
            segments.segment("PAC", "1", null, "CT");
            if (p.sscc() != null) {
                segments.segment("GIN", "BJ", p.sscc());
            }
            if (p.trackingNumber() != null) {
                segments.segment("RFF", composite("CN", p.trackingNumber()));
            }
        }
        int lin = 0;
        for (ShippedLine line : s.lines()) {
            segments.segment("LIN", Integer.toString(++lin), null, line.upc() == null ? null : composite(line.upc(), "EN"));
            segments.segment("PIA", "5", composite(line.sku(), itemType));
            for (Map.Entry<String, String> id : line.itemIds().entrySet()) {
                if (OTHER_ID_TYPES.contains(id.getKey()) && !id.getKey().equals(itemType)
                        && !id.getValue().equals(line.sku())) {
                    segments.segment("PIA", "1", composite(id.getValue(), id.getKey()));
                }
            }
            segments.segment("QTY", composite("12", line.quantityShipped().toPlainString()));
            if (line.quantityOrdered() != null) {
                segments.segment("QTY", composite("21", line.quantityOrdered().toPlainString()));
            }
        }
    }

    private static void check(List<ShipmentConfirmation> shipments) {
        if (shipments == null || shipments.isEmpty()) {
            throw new IllegalArgumentException("An interchange needs at least one shipment confirmation");
        }
        for (ShipmentConfirmation s : shipments) {
            if (s.orderNumber() == null || s.orderNumber().isBlank() || s.shipmentId() == null || s.shipmentId().isBlank()) {
                throw new IllegalArgumentException("A DESADV needs an order number and a shipment id: " + s);
            }
            if (s.lines().isEmpty()) {
                throw new IllegalArgumentException("Shipment " + s.shipmentId() + " has no lines");
            }
            for (ShippedLine line : s.lines()) {
                if (line.sku() == null || line.sku().isBlank() || line.quantityShipped() == null
                        || line.quantityShipped().compareTo(BigDecimal.ZERO) < 0) {
                    throw new IllegalArgumentException("Shipment " + s.shipmentId() + " has a line without SKU or shipped"
                            + " quantity: " + line);
                }
            }
        }
    }
}
