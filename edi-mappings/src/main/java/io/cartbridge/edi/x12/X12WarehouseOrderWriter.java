package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.internal.ControlSchemas;
import io.cartbridge.edi.x12.internal.LineBreakOutputStream;
import io.cartbridge.edi.x12.internal.Order940Segments;
import io.cartbridge.edi.x12.internal.SegmentWriter;
import io.cartbridge.edi.x12.internal.X12Text;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes canonical {@link WarehouseOrder}s as X12 940 Warehouse Shipping Orders.
 *
 * <p>One call writes one interchange: ISA, one GS (functional id {@code OW}), one ST 940 per
 * order with ST02 {@code 0001}, {@code 0002}, ..., then GE and IEA with their counts. ISA01-04
 * are {@code 00} with blank authorisation/security, ISA14 (acknowledgment requested) is {@code 0},
 * GS07 is {@code X}. Each 940 holds, empty elements and segments left out:
 * <pre>
 * W05*N*orderNumber*cartOrderId          N1*ST*name   N2*company   N3*line1*line2
 * N4*city*state*postal*country           PER*IC*name*TE*phone*EM*email
 * N9*CO*orderNumber   N9*ZZ*shippingMethod   G62*04*orderDate(yyyyMMdd)   NTE*WHI*customerNote
 * W66*PP*M***serviceLevel*****carrierSCAC                     (W66-05 routing, W66-10 SCAC)
 * per line: LX*lineNumber  W01*qty*unit**SK*sku*UP|EN|UK*gtin  G69*description
 * W76*totalQuantity
 * </pre>
 * W01-03 (the UPC <em>case</em> code) stays empty because the cart knows the consumer unit's
 * GTIN; the GTIN qualifier follows its length (12 {@code UP}, 13 {@code EN}, 14 {@code UK}).
 * Lengths are cut to the 004010 maxima (W05-02 22, N1-02 60, N3 55, N4 30/2/15/3, PER 60/80/80,
 * N9-02 30, NTE-02 80, W66-05 35, W66-10 4, W01-05 48, G69 45); in 005010 PER numbers allow 256
 * and N9-02 50. Line breaks, when enabled, are always {@code '\n'} whatever the platform.
 *
 * <p>Data is never rejected for its text: separators and control characters become spaces and
 * values are cut to the element's maximum length. Non-ASCII characters are written unchanged as
 * UTF-8. Structural gaps are programming errors and throw {@link IllegalArgumentException}: no
 * orders, an order without lines, without ship-to address or order number, or a line with a
 * quantity below 1 or no SKU.
 *
 * <p>Instances are immutable and thread-safe; the output stream is flushed, not closed.
 *
 * @since 0.1
 */
public final class X12WarehouseOrderWriter {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final String EMPTY_AUTH = "          ";

    private final X12Settings settings;
    private final EDIOutputFactory factory;
    private final Schema controlSchema;

    /** @param settings the partner's envelope and separator settings */
    public X12WarehouseOrderWriter(X12Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.DATA_ELEMENT, settings.elementSeparator());
        factory.setProperty(Delimiters.SEGMENT, settings.segmentTerminator());
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, settings.componentSeparator());
        this.controlSchema = ControlSchemas.x12(settings.interchangeVersion());
        if (X12Settings.VERSION_5010.equals(settings.version())) {
            factory.setProperty(Delimiters.REPETITION, X12Settings.REPETITION_SEPARATOR_5010);
        }
    }

    /**
     * Writes one interchange holding one 940 per order.
     *
     * @param out           where the interchange goes (UTF-8); flushed, not closed
     * @param controlNumber ISA13 (zero-padded to 9 digits) and GS06, 1 to 999999999
     * @param created       the interchange timestamp: ISA09/ISA10 and GS04/GS05
     * @param orders        the orders, at least one
     * @throws IOException              when writing to {@code out} fails
     * @throws IllegalArgumentException for an out-of-range control number or an order that
     *                                  cannot form a 940 (see the class description)
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created,
                      List<WarehouseOrder> orders) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        check(controlNumber, orders);
        OutputStream target = new BufferedOutputStream(settings.lineBreakAfterSegment()
                ? new LineBreakOutputStream(out, settings.segmentTerminator()) : out, 1 << 16);
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(target, "UTF-8");
            writer.setControlSchema(controlSchema);
            writeInterchange(writer, controlNumber, created, orders);
            writer.flush();
            target.flush();
        } catch (EDIStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Could not write X12 940 interchange " + controlNumber + ": " + e.getMessage(), e);
        } catch (EDIValidationException e) {
            throw new IllegalArgumentException("StAEDI rejected the envelope of interchange " + controlNumber
                    + ": " + e.getMessage(), e);
        }
    }

    private void writeInterchange(EDIStreamWriter writer, long controlNumber, LocalDateTime created,
                                  List<WarehouseOrder> orders) throws EDIStreamException {
        SegmentWriter segments = new SegmentWriter(writer);
        X12Text text = new X12Text(settings.delimiters());
        Order940Segments body = new Order940Segments(segments, text,
                X12Settings.VERSION_5010.equals(settings.version()));
        String isa13 = String.format("%09d", controlNumber);
        String gs06 = Long.toString(controlNumber);
        writer.startInterchange();
        segments.segment("ISA", "00", EMPTY_AUTH, "00", EMPTY_AUTH,
                settings.senderQualifier(), pad15(settings.senderId()),
                settings.receiverQualifier(), pad15(settings.receiverId()),
                ISA_DATE.format(created), TIME.format(created), String.valueOf(settings.isa11()),
                settings.interchangeVersion(), isa13, "0", String.valueOf(settings.usageIndicator()),
                String.valueOf(settings.componentSeparator()));
        segments.segment("GS", "OW", settings.senderId().trim(), settings.receiverId().trim(),
                GS_DATE.format(created), TIME.format(created), gs06, "X", settings.version());
        int st = 0;
        for (WarehouseOrder order : orders) {
            String st02 = String.format("%04d", ++st);
            segments.resetCount();
            segments.segment("ST", "940", st02);
            body.write(order);
            segments.segment("SE", Integer.toString(segments.count() + 1), st02);
        }
        segments.segment("GE", Integer.toString(st), gs06);
        segments.segment("IEA", "1", isa13);
        writer.endInterchange();
    }

    private static String pad15(String id) {
        return String.format("%-15s", id);
    }

    private static void check(long controlNumber, List<WarehouseOrder> orders) {
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("Control number " + controlNumber + " is outside 1..999999999");
        }
        if (orders == null || orders.isEmpty()) {
            throw new IllegalArgumentException("An interchange needs at least one order");
        }
        for (WarehouseOrder order : orders) {
            String id = order == null ? "null" : order.orderNumber();
            if (order == null || order.orderNumber() == null || order.orderNumber().isBlank()) {
                throw new IllegalArgumentException("Order " + id + " has no order number");
            }
            if (order.shipTo() == null) {
                throw new IllegalArgumentException("Order " + id + " has no ship-to address");
            }
            if (order.lines().isEmpty()) {
                throw new IllegalArgumentException("Order " + id + " has no lines");
            }
            for (OrderLine line : order.lines()) {
                if (line == null || line.quantity() < 1 || line.sku() == null || line.sku().isBlank()) {
                    throw new IllegalArgumentException("Order " + id + " has a line without SKU or positive quantity: " + line);
                }
            }
        }
    }
}
