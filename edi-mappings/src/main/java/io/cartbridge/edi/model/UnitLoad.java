package io.cartbridge.edi.model;

import java.math.BigDecimal;

/**
 * How (part of) a 945 shipment was loaded: one W10 (Warehouse Additional Carrier Information).
 *
 * @param type     W10-01, the unit load option code (code list 400), for example {@code 01}
 *                 palletized, {@code 02} floor stack, {@code 04} slip sheet, or {@code null}
 * @param quantity W10-02, the number of pallets (unit loads) shipped, or {@code null}
 * @since 0.1
 */
public record UnitLoad(String type, BigDecimal quantity) {
}
