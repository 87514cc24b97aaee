package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.edifact.internal.OrdersSegments;
import io.cartbridge.edi.edifact.internal.SegmentOut;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes canonical {@link WarehouseOrder}s as UN/EDIFACT ORDERS messages, one interchange per call.
 *
 * <p>Layout: UNA (when the settings ask for it), UNB (syntax identifier and version, sender and
 * recipient with their qualifiers, date and time, the control reference, application reference
 * {@code ORDERS}, acknowledgement request and test indicator from the settings), then per order one
 * message with message reference {@code 1}, {@code 2}, ... and UNH S009
 * {@code ORDERS:D:96A:UN[:association code]} ({@code 01B} for D.01B), then UNZ with the message count.
 * Each message holds, empty elements and segments left out:
 * <pre>
 * BGM+220+orderNumber+9                DTM+137:orderDate(CCYYMMDDHHMMSS):204
 * FTX+AAI+++customerNote(5x70)         FTX+TRA+++shippingMethod(5x70)     RFF+CR:cartOrderId
 * RFF+CO:customerReference             (1153 CO, buyer's order number: the purchase the order belongs to, which
 *                                      orders split from one cart share; BGM numbers this order alone)
 * NAD+BY+senderId::9 (ZZZ unless the sender qualifier is 14)
 * NAD+DP+++name(3x35):company(2x35)+line1(2x35):line2(2x35)+city+state+postalCode+country
 * CTA+GR+:name   COM+phone:TE   COM+email:EM
 * TDT+20+++:serviceLevel+carrierCode::182
 * per line: LIN+lineNumber++gtin:EN (SRV in D.01B)   PIA+5+sku:SA   IMD+F++:::description(2x35)
 *           QTY+21:quantity:unit
 * UNS+S   CNT+2:number of lines   UNT+segments+reference
 * </pre>
 * Long text is spread over the components shown (cut after a space where possible, see the package's
 * {@code Text}) and what does not fit is dropped; other values are cut to their element's length
 * (order number and SKU 35, city 35, state 9, postal code 9, carrier 17, service level 17, unit 3).
 * Text is fitted to the syntax identifier's character set: UNOW writes any character as UTF-8,
 * UNOC ISO 8859-1, UNOB ASCII, UNOA upper-case ASCII of syntax level A; a character a set cannot hold
 * is transliterated ({@code Ł} to {@code L}, {@code é} to {@code e} in UNOB) or becomes {@code '?'}
 * (the rule is on the package's {@code CharacterSets}). Separators and the release character inside
 * data are escaped with the release character ({@code O?'Brien}, {@code A?+B}).
 *
 * <p>Structural gaps are programming errors and throw {@link IllegalArgumentException}: no orders, an
 * order without lines, ship-to address or order number, a line with a quantity below 1 or no SKU.
 * Instances are immutable and thread-safe; the output stream is flushed, not closed.
 *
 * @since 0.1
 */
public final class EdifactOrdersWriter {

    private static final Pattern ITEM_TYPE = Pattern.compile("[A-Z0-9]{1,3}");

    private final EdifactSettings settings;
    private final String itemType;

    /** A writer that types each line's SKU {@code SA} (supplier's article number) in PIA. */
    public EdifactOrdersWriter(EdifactSettings settings) {
        this(settings, "SA");
    }

    /**
     * @param settings the partner's envelope and syntax settings
     * @param itemType the PIA item number type (code list 7143) of the SKU, for example {@code SA}
     *                 (supplier's article number), {@code IN} (buyer's item number) or {@code BP}
     * @throws IllegalArgumentException for a type that is not 1 to 3 upper-case letters or digits
     */
    public EdifactOrdersWriter(EdifactSettings settings, String itemType) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (itemType == null || !ITEM_TYPE.matcher(itemType).matches()) {
            throw new IllegalArgumentException("PIA item number type must be 1-3 upper-case letters or digits, not '"
                    + itemType + "'");
        }
        this.itemType = itemType;
    }

    /**
     * Writes one interchange holding one ORDERS message per order.
     *
     * @param out              where the interchange goes, in the syntax identifier's character set;
     *                         flushed, not closed
     * @param controlReference UNB 0020 (and UNZ 0020), 1 to 99999999999999
     * @param created          UNB date and time
     * @param orders           the orders, at least one
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException for an out-of-range control reference or an order that cannot
     *                                  form an ORDERS message
     */
    public void write(OutputStream out, long controlReference, LocalDateTime created, List<WarehouseOrder> orders)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        check(controlReference, orders);
        SegmentOut segments = new SegmentOut(out, settings);
        String reference = Long.toString(controlReference);
        segments.header(reference, created, "ORDERS");
        OrdersSegments body = new OrdersSegments(segments, settings, itemType);
        int message = 0;
        for (WarehouseOrder order : orders) {
            String unh = Integer.toString(++message);
            segments.resetCount();
            segments.segment("UNH", unh, composite("ORDERS", "D", settings.release(), "UN", settings.associationCode()));
            body.write(order);
            segments.segment("UNT", Integer.toString(segments.count() + 1), unh);
        }
        segments.trailer(message, reference);
    }

    static void checkControlReference(long controlReference) {
        if (controlReference < 1 || controlReference > 99_999_999_999_999L) {
            throw new IllegalArgumentException("Control reference " + controlReference + " is outside 1..99999999999999");
        }
    }

    private static void check(long controlReference, List<WarehouseOrder> orders) {
        checkControlReference(controlReference);
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
