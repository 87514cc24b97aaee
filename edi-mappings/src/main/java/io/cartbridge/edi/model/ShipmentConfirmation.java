package io.cartbridge.edi.model;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param neutralReferences        the same numbers in neutral terms, each with the code it was read from
 *                                 ({@link Reference}): first the order number ({@link ReferenceKind#ORDER_NUMBER})
 *                                 and the shipment id ({@link ReferenceKind#SHIPMENT_NUMBER}) with the place they
 *                                 were read from as their code (945 {@code W06-02}, {@code W06-04}; 856
 *                                 {@code PRF-01}, {@code BSN-02}; DESADV {@code RFF+ON}, {@code BGM-1004}; XML
 *                                 {@code OrderNumber}, {@code ShipmentId}; {@code null} when built without a
 *                                 format), then every qualified reference above with its kind from the format's
 *                                 code list. {@code null} in the constructor: derived from the fields, the
 *                                 qualified ones as {@link ReferenceKind#OTHER}. Never {@code null} as read
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
                                   List<Party> parties, Map<String, String> references,
                                   List<Reference> neutralReferences, ShipmentTotals totals,
                                   List<UnitLoad> unitLoads,
                                   String interchangeControlNumber, String transactionControlNumber) {

    public ShipmentConfirmation {
        packages = List.copyOf(packages);
        lines = List.copyOf(lines);
        parties = parties == null ? List.of() : List.copyOf(parties);
        references = references == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(references));
        unitLoads = unitLoads == null ? List.of() : List.copyOf(unitLoads);
        if (neutralReferences == null) {
            List<Reference> qualified = new ArrayList<>(references.size());
            references.forEach((code, value) -> qualified.add(new Reference(ReferenceKind.OTHER, code, value)));
            neutralReferences = referencesOf(null, orderNumber, null, shipmentId, qualified);
        }
        neutralReferences = List.copyOf(neutralReferences);
    }

    /**
     * A confirmation whose references are in no format's code list: {@link #neutralReferences()} holds the order
     * number, the shipment id and the qualified references as {@link ReferenceKind#OTHER}. Readers give their
     * format's kinds instead.
     */
    public ShipmentConfirmation(String orderNumber, String shipmentId, LocalDate shipDate, String carrierCode,
                                String serviceLevel, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                List<Party> parties, Map<String, String> references, ShipmentTotals totals,
                                List<UnitLoad> unitLoads, String interchangeControlNumber,
                                String transactionControlNumber) {
        this(orderNumber, shipmentId, shipDate, carrierCode, serviceLevel, packages, lines, parties, references, null,
                totals, unitLoads, interchangeControlNumber, transactionControlNumber);
    }

    /**
     * {@return the neutral references of a confirmation: its order number and shipment id, each with the place it was
     * read from as its code (left out when {@code null}), then {@code qualified}}
     */
    public static List<Reference> referencesOf(String orderNumberPlace, String orderNumber, String shipmentIdPlace,
                                               String shipmentId, List<Reference> qualified) {
        List<Reference> all = new ArrayList<>(qualified.size() + 2);
        if (orderNumber != null) {
            all.add(new Reference(ReferenceKind.ORDER_NUMBER, orderNumberPlace, orderNumber));
        }
        if (shipmentId != null) {
            all.add(new Reference(ReferenceKind.SHIPMENT_NUMBER, shipmentIdPlace, shipmentId));
        }
        all.addAll(qualified);
        return all;
    }

    /**
     * {@return the neutral references a writer puts in qualified reference segments or elements (X12 N9/REF, EDIFACT
     * RFF, XML {@code Reference}): all but the order number and the shipment id read from their own places, which
     * every format writes in places of its own}
     */
    public List<Reference> qualifiedReferences() {
        List<Reference> qualified = new ArrayList<>(neutralReferences.size());
        for (Reference r : neutralReferences) {
            boolean key = r.kind() == ReferenceKind.ORDER_NUMBER && r.value().equals(orderNumber)
                    || r.kind() == ReferenceKind.SHIPMENT_NUMBER && r.value().equals(shipmentId);
            if (!(key && !r.qualified())) {
                qualified.add(r);
            }
        }
        return qualified;
    }

    /** A confirmation without parties, references, totals or unit loads. */
    public ShipmentConfirmation(String orderNumber, String shipmentId, LocalDate shipDate, String carrierCode,
                                String serviceLevel, List<ShipmentPackage> packages, List<ShippedLine> lines,
                                String interchangeControlNumber, String transactionControlNumber) {
        this(orderNumber, shipmentId, shipDate, carrierCode, serviceLevel, packages, lines, List.of(), Map.of(), null, null,
                List.of(), interchangeControlNumber, transactionControlNumber);
    }
}
