package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.x12.X12CodeLists;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shipment (S) level or one order (O) level of an 856 says: its carrier, parties and
 * references, and for an order its number, packages and lines. An order's confirmation combines
 * its own level with the shipment's: the order's TD5 and REF values win over the shipment's.
 */
final class ShipNoticeLevel {

    final X12Segment hl;
    final List<ShipmentPackage> packages = new ArrayList<>();
    final List<ShippedLine> lines = new ArrayList<>();
    final List<Party> parties = new ArrayList<>();
    final Map<String, String> references = new LinkedHashMap<>();
    String orderNumber;
    String carrier;
    String service;

    ShipNoticeLevel(X12Segment hl) {
        this.hl = hl;
    }

    /** {@return true for an order read from an O level, false for one numbered by the PRF of another level} */
    boolean fromOrderLevel() {
        return hl != null && "HL".equals(hl.tag()) && "O".equals(hl.value(3));
    }

    /** Keeps the first value of a qualifier sent at this level. */
    void reference(String qualifier, String value) {
        if (qualifier != null && value != null) {
            references.putIfAbsent(qualifier, value);
        }
    }

    /**
     * This order's packages; without a tracking number of their own (pallets or cartons marked with
     * SSCCs only, as in LTL), the shipment's tracking (a PRO or waybill number in REF CN/2I or MAN at
     * the shipment level) is added, so that the order still gets it.
     */
    private List<ShipmentPackage> packages(List<ShipmentPackage> sharedPackages) {
        if (packages.isEmpty()) {
            return sharedPackages;
        }
        if (packages.stream().anyMatch(p -> p.trackingNumber() != null)) {
            return packages;
        }
        List<ShipmentPackage> all = new ArrayList<>(packages);
        sharedPackages.stream().filter(p -> p.trackingNumber() != null).forEach(all::add);
        return all;
    }

    /** {@return this order's confirmation, completed from the {@code shipment} level} */
    ShipmentConfirmation confirmation(ShipNoticeLevel shipment, String shipmentId, LocalDate shipDate,
                                      List<ShipmentPackage> sharedPackages, ShipmentTotals totals,
                                      TransactionHandler.Envelope envelope) {
        List<Party> allParties = new ArrayList<>(shipment.parties);
        allParties.addAll(parties);
        Map<String, String> allReferences = new LinkedHashMap<>(shipment.references);
        allReferences.putAll(references);
        boolean ownCarrier = carrier != null;
        return new ShipmentConfirmation(orderNumber, shipmentId, shipDate,
                ownCarrier ? carrier : shipment.carrier, ownCarrier ? service : shipment.service,
                packages(sharedPackages), lines, allParties, allReferences,
                ShipmentConfirmation.referencesOf("PRF-01", orderNumber, "BSN-02", shipmentId,
                        X12CodeLists.references(allReferences)), totals, List.of(),
                envelope.interchangeControlNumber(), envelope.transactionControlNumber());
    }
}
