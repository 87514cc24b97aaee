package io.cartbridge.edi.model;

/**
 * One parcel of a {@link ShipmentConfirmation}, as the warehouse marked it.
 *
 * <p>At least one of the two fields is set. In a 945 they come from the MAN segments of an LX
 * loop; in an 856 from the MAN segments of a pack (P) level, or of the order or shipment level when
 * the file has no pack level (S-O-I).
 *
 * @param trackingNumber the carrier's package id, which the customer tracks (MAN qualifier
 *                       {@code CP}, or a shipment-level {@code 2I}/{@code CN} reference when the
 *                       warehouse sends no marks), or {@code null}
 * @param sscc           the 18-digit Serial Shipping Container Code of the package label (MAN
 *                       qualifier {@code GM}), or {@code null}
 * @since 0.1
 */
public record ShipmentPackage(String trackingNumber, String sscc) {
}
