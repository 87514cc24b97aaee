package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.xml.internal.jaxb.MeasureType;
import io.cartbridge.edi.xml.internal.jaxb.PackageType;
import io.cartbridge.edi.xml.internal.jaxb.ReferenceType;
import io.cartbridge.edi.xml.internal.jaxb.ShipmentType;
import io.cartbridge.edi.xml.internal.jaxb.ShippedLineType;
import io.cartbridge.edi.xml.internal.jaxb.TotalsType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ShipmentConfirmation} and the {@code Shipment} element, both ways.
 *
 * <p>Quantity not shipped: the model's difference is written as {@code QuantityCancelled} when the
 * line status cancels the rest ({@code IC}, {@code CP}, ...), else as {@code QuantityBackordered};
 * read back as their sum, else ordered minus shipped. A line without {@code Status} whose rest is
 * cancelled reads as {@code CP} (some shipped) or {@code IC} (none). Shipment-level tracking numbers
 * become packages without SSCC. Parties and unit loads are not part of warehouse XML.
 */
public final class ShipmentMapping {

    private ShipmentMapping() {
    }

    public static ShipmentType toXml(ShipmentConfirmation s) {
        ShipmentType xml = new ShipmentType();
        xml.setShipmentId(s.shipmentId());
        xml.setOrderNumber(s.orderNumber());
        xml.setShipDate(XmlValues.date(s.shipDate()));
        xml.setCarrier(s.carrierCode());
        xml.setService(s.serviceLevel());
        for (ShipmentPackage p : s.packages()) {
            PackageType pkg = new PackageType();
            pkg.setTrackingNumber(p.trackingNumber());
            // an X12 MAN*GM often carries the SSCC with its GS1 application identifier (00) in front: 20 digits
            String sscc = p.sscc() != null && p.sscc().matches("00[0-9]{18}") ? p.sscc().substring(2) : p.sscc();
            pkg.setSscc(sscc);
            xml.getPackage().add(pkg);
        }
        for (io.cartbridge.edi.model.Reference r : s.qualifiedReferences()) {
            String type = XmlCodes.referenceType(r);
            if (type != null) {
                ReferenceType ref = new ReferenceType();
                ref.setType(type);
                ref.setValue(r.value());
                xml.getReference().add(ref);
            }
        }
        xml.setTotals(totals(s.totals()));
        for (ShippedLine line : s.lines()) {
            xml.getLine().add(line(line));
        }
        return xml;
    }

    /**
     * @param interchange the file's control number
     * @param ordinal     1-based position of the shipment in the file, its "transaction" number
     */
    public static ShipmentConfirmation fromXml(ShipmentType xml, String interchange, long ordinal)
            throws InvalidValueException {
        List<ShipmentPackage> packages = new ArrayList<>();
        for (PackageType p : xml.getPackage()) {
            if (p.getTrackingNumber() != null || p.getSscc() != null) {
                packages.add(new ShipmentPackage(p.getTrackingNumber(), p.getSscc()));
            }
        }
        for (String tracking : xml.getTrackingNumber()) {
            if (packages.stream().noneMatch(p -> tracking.equals(p.trackingNumber()))) {
                packages.add(new ShipmentPackage(tracking, null));
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (ReferenceType ref : xml.getReference()) {
            references.putIfAbsent(ref.getType(), ref.getValue());
        }
        List<ShippedLine> lines = new ArrayList<>();
        for (ShippedLineType l : xml.getLine()) {
            lines.add(line(l));
        }
        return new ShipmentConfirmation(xml.getOrderNumber(), xml.getShipmentId(), XmlValues.toDate(xml.getShipDate()),
                xml.getCarrier(), xml.getService(), packages, lines, List.of(), references,
                ShipmentConfirmation.referencesOf("OrderNumber", xml.getOrderNumber(), "ShipmentId", xml.getShipmentId(),
                        XmlCodes.references(references)), totals(xml.getTotals()),
                List.of(), interchange, Long.toString(ordinal));
    }

    private static ShippedLineType line(ShippedLine line) {
        ShippedLineType xml = new ShippedLineType();
        line.ids().forEach(id -> xml.getItemId().add(XmlCodes.itemId(XmlCodes.key(id), id.value())));
        xml.setQuantityOrdered(line.quantityOrdered());
        xml.setQuantityShipped(line.quantityShipped());
        BigDecimal rest = line.quantityDifference();
        if (rest != null && rest.signum() >= 0) {
            if (line.lineStatus() != null && XmlCodes.CANCELLING_STATUSES.contains(line.lineStatus())) {
                xml.setQuantityCancelled(rest);
            } else {
                xml.setQuantityBackordered(rest);
            }
        }
        xml.setStatus(XmlCodes.lineStatus(line.lineStatus()));
        return xml;
    }

    private static ShippedLine line(ShippedLineType xml) {
        Map<String, String> ids = XmlCodes.itemIds(xml.getItemId());
        String sku = XmlCodes.sellerSku(ids) != null ? XmlCodes.sellerSku(ids)
                : ids.containsKey("VN") ? ids.get("VN") : ids.get("VA");
        Map.Entry<String, String> first = ids.isEmpty() ? null : ids.entrySet().iterator().next();
        BigDecimal backordered = xml.getQuantityBackordered();
        BigDecimal cancelled = xml.getQuantityCancelled();
        BigDecimal ordered = xml.getQuantityOrdered();
        BigDecimal shipped = xml.getQuantityShipped();
        BigDecimal rest = backordered == null && cancelled == null
                ? ordered != null && shipped != null ? ordered.subtract(shipped) : null
                : (backordered == null ? BigDecimal.ZERO : backordered).add(cancelled == null ? BigDecimal.ZERO : cancelled);
        String status = XmlCodes.lineStatus(xml.getStatus());
        if (status == null && cancelled != null && cancelled.signum() > 0) {
            status = shipped != null && shipped.signum() > 0 ? "CP" : "IC";
        }
        return new ShippedLine(sku, XmlCodes.gtin(ids), first == null ? null : first.getKey(),
                first == null ? null : first.getValue(), ordered, shipped, rest, status, ids,
                XmlCodes.neutralIds(xml.getItemId()), status == null ? null
                        : xml.getStatus() != null ? XmlCodes.neutralStatus(xml.getStatus())
                        : io.cartbridge.edi.x12.X12CodeLists.LINE_STATUSES.kindOf(status));
    }

    private static TotalsType totals(ShipmentTotals t) {
        if (t == null) {
            return null;
        }
        TotalsType xml = new TotalsType();
        xml.setUnits(t.units());
        xml.setWeight(measure(t.weight(), t.weightUnit()));
        xml.setVolume(measure(t.volume(), t.volumeUnit()));
        xml.setPieces(t.ladingQuantity());
        return xml;
    }

    private static ShipmentTotals totals(TotalsType xml) {
        if (xml == null) {
            return null;
        }
        MeasureType w = xml.getWeight();
        MeasureType v = xml.getVolume();
        return new ShipmentTotals(xml.getUnits(), w == null ? null : w.getValue(), w == null ? null : w.getUnit(),
                v == null ? null : v.getValue(), v == null ? null : v.getUnit(), xml.getPieces());
    }

    private static MeasureType measure(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        MeasureType m = new MeasureType();
        m.setValue(value);
        m.setUnit(unit);
        return m;
    }
}
