package io.cartbridge.agent.orders;

import java.util.List;

import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummary;

/**
 * What one order-export run did: only the orders this execution read, filed and held, and the files it
 * uploaded (whichever run rendered them), never what an overlapping run did.
 *
 * @param read          orders this run read from the cart
 * @param filed         orders this run put into files
 * @param alreadyFiled  orders read that were filed already (by an earlier or an overlapping run)
 * @param sent          orders in the order files this run uploaded
 * @param files         files this run uploaded ({@link #LISTED} at most; {@code filesUploaded} counts them all)
 * @param filesWaiting  files holding orders this run filed that are not uploaded yet
 * @param held          orders this run held back
 * @param heldOrders    the first {@link #LISTED} of them with their reasons
 * @param heldGroups    all of them grouped by problem, the largest group first
 */
public record OrderExportSummary(long executionId, String partner, String outboundDir, long read, long filed,
                                 long alreadyFiled, long sent, long filesUploaded, List<UploadedFile> files,
                                 long filesWaiting, long held, List<HeldOrder> heldOrders, List<HeldGroup> heldGroups)
        implements RunSummary {

    /** Held orders and uploaded files named one by one; beyond this held orders are shown by group. */
    public static final int LISTED = 10;

    public OrderExportSummary {
        files = List.copyOf(files);
        heldOrders = List.copyOf(heldOrders);
        heldGroups = List.copyOf(heldGroups);
    }

    /** @param orders the orders it carries; 0 for an acknowledgment */
    public record UploadedFile(String fileName, String format, String documentType, long controlNumber, int orders) {
    }

    public record HeldOrder(String orderNumber, String reason) {
    }

    /**
     * Orders held for one problem.
     *
     * @param problem what is wrong, without the line number it has on each order
     * @param fix     what to do about it (a property to set, something to correct in the cart), or null
     */
    public record HeldGroup(String problem, String fix, Listed orders) {
    }
}
