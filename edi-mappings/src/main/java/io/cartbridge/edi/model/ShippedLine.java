package io.cartbridge.edi.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shipped (or not shipped) item line of a {@link ShipmentConfirmation}: a 945 W12 segment or
 * an 856 item (I) level with its LIN and SN1.
 *
 * <p>Lines are kept as the warehouse sent them: a SKU packed into two packages of a 945 appears
 * as two lines, one per W12. Quantities are in the line's unit of measure (usually {@code EA}).
 *
 * <p>Which of the item's ids is the cart's SKU is partner configuration applied downstream, from
 * {@link #itemIds()}; {@link #sku()} is only the reader's guess for partners that use {@code SK}.
 *
 * @param sku                the item id the partner qualifies as the seller's SKU ({@code SK}),
 *                           else the vendor item number ({@code VN}), or {@code null}
 * @param upc                the GTIN/UPC (945 W12-06, or a {@code UP}/{@code UK}/{@code EN}/
 *                           {@code UI} qualified id), or {@code null}
 * @param productIdQualifier the qualifier of the first product id pair as sent (W12-07, LIN-02),
 *                           for example {@code "SK"}, {@code "VN"}, {@code "UP"}, or {@code null}
 * @param productId          the first product id as sent (W12-08, LIN-03), or {@code null}
 * @param quantityOrdered    units ordered (W12-02, SN1-05), or {@code null} when not sent
 * @param quantityShipped    units shipped (W12-03, SN1-02); zero for a line not shipped at all
 * @param quantityDifference ordered minus shipped as sent (W12-04), or computed from the two when
 *                           both are known and the file does not say; {@code null} otherwise
 * @param lineStatus         the status code as sent: in a 945 W12-01 (code list 368), for example
 *                           {@code CC} shipment complete, {@code CP} partial shipment considered no
 *                           backorder (the rest is cancelled), {@code BP} partial shipment with the
 *                           balance backordered, {@code BO} back ordered, {@code IC} item cancelled,
 *                           {@code PR} partial shipment, {@code SS} split shipment; in an 856
 *                           SN1-08 (code list 668), for example {@code AC} item accepted and
 *                           shipped, {@code IB} backordered, {@code IR} rejected; or {@code null}
 * @param itemIds            every product id the segment had, keyed by its qualifier (code list 235,
 *                           for example {@code "SK"}, {@code "VN"}, {@code "BP"}, {@code "UP"}), in
 *                           file order; the first id wins when a qualifier repeats. In a 945: W12-06
 *                           (the UPC, keyed {@code "UP"}), then the pairs W12-07/08 and W12-17/18; in
 *                           an 856: the LIN pairs 02/03, 04/05, ... Never {@code null}; may be empty
 * @param ids                the same ids in neutral terms ({@link ItemIdKind}), each with its code as read, in
 *                           file order: what the agent and the writers of every format go by. Never {@code null}
 * @param status             {@code lineStatus} in neutral terms, or {@code null} when the line has none
 * @since 0.1
 */
public record ShippedLine(String sku, String upc, String productIdQualifier, String productId,
                          BigDecimal quantityOrdered, BigDecimal quantityShipped,
                          BigDecimal quantityDifference, String lineStatus, Map<String, String> itemIds,
                          List<ItemId> ids, LineStatus status) {

    public ShippedLine {
        itemIds = itemIds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(itemIds));
        if (ids == null) {
            List<ItemId> unclassified = new ArrayList<>(itemIds.size());
            itemIds.forEach((code, value) -> unclassified.add(new ItemId(ItemIdKind.OTHER, code, value)));
            ids = unclassified;
        }
        ids = List.copyOf(ids);
        if (status == null && lineStatus != null) {
            status = LineStatus.OTHER;
        }
    }

    /**
     * A line whose ids and status are in no format's code list yet: {@link #ids()} holds its ids as
     * {@link ItemIdKind#OTHER} with their keys as codes, {@link #status()} is {@link LineStatus#OTHER} when it has a
     * status. Readers build lines with their format's kinds instead.
     */
    public ShippedLine(String sku, String upc, String productIdQualifier, String productId,
                       BigDecimal quantityOrdered, BigDecimal quantityShipped, BigDecimal quantityDifference,
                       String lineStatus, Map<String, String> itemIds) {
        this(sku, upc, productIdQualifier, productId, quantityOrdered, quantityShipped, quantityDifference, lineStatus,
                itemIds, null, null);
    }

    /**
     * A line whose only known id pair is {@code productIdQualifier}/{@code productId}: {@link #itemIds()}
     * holds that pair when both are set, else nothing.
     */
    public ShippedLine(String sku, String upc, String productIdQualifier, String productId,
                       BigDecimal quantityOrdered, BigDecimal quantityShipped, BigDecimal quantityDifference,
                       String lineStatus) {
        this(sku, upc, productIdQualifier, productId, quantityOrdered, quantityShipped, quantityDifference, lineStatus,
                productIdQualifier == null || productId == null ? Map.of() : Map.of(productIdQualifier, productId));
    }
}
