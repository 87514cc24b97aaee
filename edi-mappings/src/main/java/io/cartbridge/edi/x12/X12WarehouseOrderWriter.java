package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.internal.InterchangeOutput;
import io.cartbridge.edi.x12.internal.Order940Segments;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
 *           (W01-04 is the item qualifier the writer was made with, {@code SK} by default)
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

    private static final Pattern QUALIFIER = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Set<String> GTIN_QUALIFIERS = Set.of("UP", "EN", "UK");

    private final X12Settings settings;
    private final InterchangeOutput output;
    private final String itemQualifier;

    /**
     * A writer that qualifies each line's SKU {@code SK} (stock keeping unit) in W01-04.
     *
     * @param settings the partner's envelope and separator settings
     */
    public X12WarehouseOrderWriter(X12Settings settings) {
        this(settings, "SK");
    }

    /**
     * A writer for a partner that keys its items by another product id, for example {@code VN}
     * (vendor's item number) or {@code BP} (buyer's part number): W01-04 is {@code itemQualifier}
     * and W01-05 the line's SKU, which the caller has already turned into the partner's item id.
     *
     * @param settings      the partner's envelope and separator settings
     * @param itemQualifier the W01-04 product id qualifier (X12 code list 235), 2 or 3 upper-case
     *                      letters or digits
     * @throws IllegalArgumentException for a malformed qualifier, or a GTIN qualifier ({@code UP},
     *                                  {@code EN}, {@code UK}): the GTIN has its own pair, W01-06/07
     */
    public X12WarehouseOrderWriter(X12Settings settings, String itemQualifier) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(itemQualifier, "itemQualifier");
        if (!QUALIFIER.matcher(itemQualifier).matches() || GTIN_QUALIFIERS.contains(itemQualifier)) {
            throw new IllegalArgumentException("W01-04 item qualifier must be 2-3 upper-case letters or digits and not "
                    + "a GTIN qualifier (UP, EN, UK), not '" + itemQualifier + "'");
        }
        this.itemQualifier = itemQualifier;
        this.output = new InterchangeOutput(settings);
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
        boolean v5010 = X12Settings.VERSION_5010.equals(settings.version());
        output.write(out, "940", "OW", controlNumber, created, (segments, text) -> {
            Order940Segments body = new Order940Segments(segments, text, v5010, itemQualifier);
            int st = 0;
            for (WarehouseOrder order : orders) {
                String st02 = String.format("%04d", ++st);
                segments.resetCount();
                segments.segment("ST", "940", st02);
                body.write(order);
                segments.segment("SE", Integer.toString(segments.count() + 1), st02);
            }
            return st;
        });
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
