package io.cartbridge.edi.model;

import java.time.LocalDateTime;

/**
 * The header of one inventory snapshot (an X12 846 transaction set); its items are read one at a
 * time as {@link InventoryItem}s.
 *
 * @param asOf                     when the quantities were counted, in the warehouse's local time:
 *                                 BIA-04 date with BIA-05 time (midnight when absent), or a
 *                                 header DTM when BIA-04 is empty; {@code null} when the file gives
 *                                 none. Orders exported after this moment are not in the counts.
 * @param reference                the report's reference (BIA-03), or {@code null}
 * @param interchangeControlNumber ISA13 of the interchange that carried it, as sent
 * @param transactionControlNumber ST02 of the transaction set
 * @since 0.1
 */
public record InventorySnapshotHeader(LocalDateTime asOf, String reference, String interchangeControlNumber,
                                      String transactionControlNumber) {
}
