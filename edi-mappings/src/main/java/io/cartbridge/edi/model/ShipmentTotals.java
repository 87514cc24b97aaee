package io.cartbridge.edi.model;

import java.math.BigDecimal;

/**
 * The totals the warehouse gives for a whole shipment: a 945 W03 or the shipment-level TD1 of an
 * 856. Each field is {@code null} when the segment leaves it empty. Units are the codes as sent
 * (code list 355, for example {@code LB}, {@code KG}; {@code CF} cubic feet, {@code CR} cubic meters).
 *
 * @param units          number of units shipped (945 W03-01); {@code null} for an 856
 * @param weight         total weight (945 W03-02; 856 TD1-07)
 * @param weightUnit     unit of {@code weight} (945 W03-03; 856 TD1-08)
 * @param volume         total volume (945 W03-04; 856 TD1-09)
 * @param volumeUnit     unit of {@code volume} (945 W03-05; 856 TD1-10)
 * @param ladingQuantity number of pieces (cartons, pallets) as sent (945 W03-06; 856 TD1-02, of the
 *                       packaging TD1-01 names)
 * @since 0.1
 */
public record ShipmentTotals(BigDecimal units, BigDecimal weight, String weightUnit, BigDecimal volume,
                             String volumeUnit, BigDecimal ladingQuantity) {
}
