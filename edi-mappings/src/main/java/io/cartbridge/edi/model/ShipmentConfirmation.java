package io.cartbridge.edi.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warehouse's word that (part of) one order left the building: carrier, packages with their
 * tracking numbers, and what shipped per line.
 *
 * <p>Read from an X12 945 (one per transaction set) or an X12 856 (one per order (O) level of the
 * hierarchy, so an 856 that ships several orders yields several confirmations sharing a
 * {@code shipmentId}). A confirmation is applied once per ({@code shipmentId},
 * {@code orderNumber}).
 *
 * @param orderNumber              the depositor order number, which is the cart's order number
 *                                 the 940 carried (945 W06-02; 856 PRF-01 of the order level)
 * @param shipmentId               the warehouse's shipment id (945 W06-04; 856 BSN-02)
 * @param shipDate                 the date the goods shipped (945 G62 qualifier {@code 11}, else
 *                                 W06-03; 856 DTM qualifier {@code 011}, else BSN-03), or {@code null}
 * @param carrierCode              the carrier's SCAC (945 W27-02; 856 TD5-03), or {@code null}
 * @param serviceLevel             the routing or service as sent (945 W27-03; 856 TD5-12 service
 *                                 level code, else TD5-05 routing), or {@code null}
 * @param packages                 the packages, in file order; empty when the warehouse sent no marks
 * @param lines                    the item lines, in file order
 * @param parties                  the N1 loops, in file order (945: the heading's; 856: the shipment
 *                                 level's, then the order level's); never {@code null}, may be empty
 * @param references               reference numbers by qualifier (code list 128, for example
 *                                 {@code BM} bill of lading, {@code CN} PRO number, {@code PO}
 *                                 purchase order), in file order: 945 N9-01/02 of the heading (the N9s
 *                                 before the first LX), the first value of a repeated qualifier kept;
 *                                 856 REF-01/02 of the shipment (S) level, then of this order's (O)
 *                                 level, the first value of a qualifier kept within a level and the
 *                                 order level's value replacing the shipment level's, as its TD5
 *                                 does. Never {@code null}, may be empty
 * @param totals                   the shipment's totals (945 W03; 856 the first TD1 of the shipment
 *                                 level), or {@code null} when the file sends none
 * @param unitLoads                the unit loads, one per 945 W10, in file order; always empty for an 856
 * @param interchangeControlNumber ISA13 of the interchange that carried it, as sent
 * @param transactionControlNumber ST02 of its transaction set
 * @since 0.1
 */
public record ShipmentConfirmation(String orderNumber, String shipmentId, LocalDate shipDate,
                                   String carrierCode, String serviceLevel,
                                   List<ShipmentPackage> packages, List<ShippedLine> lines,
                                   List<Party> parties, Map<String, String> references, ShipmentTotals totals,
                                   List<UnitLoad> unitLoads,
                                   String interchangeControlNumber, String transactionControlNumber) {

    public ShipmentConfirmation {
        packages = List.copyOf(packages);
        lines = List.copyOf(lines);
        parties = parties == null ? List.of() : List.copyOf(parties);
        references = references == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(references));
        unitLoads = unitLoads == null ? List.of() : List.copyOf(unitLoads);
    }

    /** A confirmation without parties, references, totals or unit loads. */
    public ShipmentConfirmation(String orderNumber, String shipmentId, LocalDate shipDate, String carrierCode,
                                String serviceLevel, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                String interchangeControlNumber, String transactionControlNumber) {
        this(orderNumber, shipmentId, shipDate, carrierCode, serviceLevel, packages, lines, List.of(), Map.of(), null,
                List.of(), interchangeControlNumber, transactionControlNumber);
    }
}
