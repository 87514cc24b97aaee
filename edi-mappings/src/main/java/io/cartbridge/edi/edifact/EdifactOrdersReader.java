package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.edifact.internal.EdifactSegment;
import io.cartbridge.edi.edifact.internal.ItemStream;
import io.cartbridge.edi.edifact.internal.OrdersHandler;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads EDIFACT ORDERS messages back into canonical orders: for tests, the {@code translate} CLI and
 * warehouses that echo orders. The mapping is the inverse of {@link EdifactOrdersWriter}'s (what it
 * cut or transliterated stays so; the order date keeps whole seconds), tolerant of other senders'
 * layouts: an order date in DTM 137 or 4 (formats 102, 203, 204, 101), a ship-to NAD ST when there is
 * no NAD DP, the SKU from the PIA or LIN id of the reader's item number type, else of type SA, IN,
 * BP, MF or none, the GTIN from an id of type EN, SRV, UP, UA or UK, the cart order id from
 * RFF CR (else the order number).
 *
 * <p>Accepts one or several interchanges per file, UNA present or absent, syntax versions 1 to 4,
 * UNG groups, the character set of the first UNB's syntax identifier. The file is all or nothing:
 * any envelope error (the checks of {@link EdifactValidator}), a message other than ORDERS, or an
 * ORDERS without order number, ship-to party or lines ({@code MISSING_DATA}) makes {@link #read}
 * throw an {@link EdiException} listing every error with its segment position.
 *
 * <p>Thread-safe. The stream is read to its end and closed.
 *
 * @since 0.1
 */
public final class EdifactOrdersReader {

    private final String itemType;

    /** A reader that takes the SKU from ids of type {@code SA} first, as {@link EdifactOrdersWriter} writes it. */
    public EdifactOrdersReader() {
        this("SA");
    }

    /** @param itemType the item number type (code list 7143) the partner gives the SKU, for example {@code IN} */
    public EdifactOrdersReader(String itemType) {
        this.itemType = Objects.requireNonNull(itemType, "itemType");
    }

    /**
     * @param in the file
     * @return the orders and the envelope of the first interchange
     * @throws EdiException when the file is not a valid EDIFACT file of ORDERS messages
     */
    public EdifactOrderFile read(InputStream in) throws EdiException {
        List<WarehouseOrder> orders = new ArrayList<>();
        List<String> references = new ArrayList<>();
        EdifactSegment unb = null;
        EdifactSegment unh = null;
        try (ItemStream<WarehouseOrder> stream = new ItemStream<>(Objects.requireNonNull(in, "in"),
                new OrdersHandler(itemType))) {
            for (WarehouseOrder order = stream.next(); order != null; order = stream.next()) {
                orders.add(order);
                references.add(stream.envelope().messageReference());
                if (unb == null) {
                    unb = stream.envelope().unb();
                    unh = stream.envelope().unh();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (unb == null) {
            throw new EdiException("Rejected EDIFACT ORDERS file", List.of(new EdiError(0, "", "MISSING_DATA",
                    "The file holds no ORDERS message.")));
        }
        return new EdifactOrderFile(unb.value(2, 1), unb.value(2, 2), unb.value(3, 1), unb.value(3, 2),
                unb.value(1, 1), unb.value(1, 2), "1".equals(unb.value(11)), unh.component(2, 2) + unh.component(2, 3),
                unh.value(2, 5), unb.element(5), references, orders);
    }

    /**
     * A streaming reader of the orders, one per message, for files too large to hold.
     *
     * @param in the file; closed by the reader's {@code close()}
     * @return a reader before the first order
     */
    public EdiItemReader<WarehouseOrder> open(InputStream in) {
        return new ItemStream<>(Objects.requireNonNull(in, "in"), new OrdersHandler(itemType));
    }
}
