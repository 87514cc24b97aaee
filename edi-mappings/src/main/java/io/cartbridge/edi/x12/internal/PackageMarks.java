package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.model.ShipmentPackage;
import java.util.List;

/**
 * Collects the MAN (marks and numbers) segments of one package: qualifier {@code CP} (carrier
 * assigned package id, the tracking number) and {@code GM} (SSCC-18), from the pairs MAN-01/02 and
 * MAN-04/05. {@code CA} (carrier assigned) and {@code ZZ} (mutually defined), which some 3PLs use
 * for the tracking number, count as tracking when no {@code CP} is given; other qualifiers are
 * ignored.
 */
final class PackageMarks {

    private String tracking;
    private String fallbackTracking;
    private String sscc;

    void add(X12Segment man) {
        pair(man.value(1), man.value(2));
        pair(man.value(4), man.value(5));
    }

    /** Takes a reference's tracking number (945 N9 {@code 2I}/{@code CN}) as tracking when no MAN gives one. */
    void reference(String number) {
        if (number != null && fallbackTracking == null) {
            fallbackTracking = number;
        }
    }

    /** Adds the package collected so far, if any, to {@code packages} and starts a new one. */
    void flushTo(List<ShipmentPackage> packages) {
        String number = tracking != null ? tracking : fallbackTracking;
        if (number != null || sscc != null) {
            packages.add(new ShipmentPackage(number, sscc));
        }
        clear();
    }

    void clear() {
        tracking = fallbackTracking = sscc = null;
    }

    private void pair(String qualifier, String number) {
        if (qualifier == null || number == null) {
            return;
        }
        switch (qualifier) {
            case "CP" -> tracking = number;
            case "GM" -> sscc = number;
            case "CA", "SM", "ZZ" -> fallbackTracking = number;   // SM: shipper-assigned, often the parcel's tracking number
            default -> { }
        }
    }
}
