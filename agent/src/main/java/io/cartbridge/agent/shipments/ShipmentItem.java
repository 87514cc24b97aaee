package io.cartbridge.agent.shipments;

import io.cartbridge.edi.model.ShipmentConfirmation;

/**
 * One shipment read from a received file, with where it came from. The last item of a file says so,
 * so that the writer marks the file applied in the same transaction; a file whose reading failed
 * yields one item carrying the error.
 */
record ShipmentItem(long fileId, ShipmentConfirmation shipment, boolean lastOfFile, String error) {
}
