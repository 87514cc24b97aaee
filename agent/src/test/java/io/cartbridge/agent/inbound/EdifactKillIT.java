package io.cartbridge.agent.inbound;

import java.util.Map;

/**
 * {@link InboundKillIT} for a partner of {@code format=edifact}: the agent killed in the middle of a large DESADV (one
 * message per shipment) or INVRPT, restarted from a new process, each shipment applied once and the stock the file's.
 */
class EdifactKillIT extends InboundKillIT {

    static final String OURS = "4012345000009";
    static final String THEIRS = "4098765000002";

    @Override
    Map<String, Object> partnerSettings() {
        return Map.of(
                "cartbridge.warehouse.format", "edifact",
                "cartbridge.warehouse.edifact.sender-id", OURS,
                "cartbridge.warehouse.edifact.sender-qualifier", "14",
                "cartbridge.warehouse.edifact.recipient-id", THEIRS,
                "cartbridge.warehouse.edifact.recipient-qualifier", "14");
    }

    @Override
    String shipmentDocumentType() {
        return "DESADV";
    }

    @Override
    String inventoryDocumentType() {
        return "INVRPT";
    }

    /** One DESADV message per order, shipping it whole in one parcel, shipment ids KILL-1... */
    @Override
    String shipmentFile() {
        StringBuilder edi = new StringBuilder("UNA:+.? '\nUNB+UNOC:3+" + THEIRS + ":14+" + OURS + ":14+261126:1200+7710'\n");
        for (int i = 1; i <= SHIPMENTS; i++) {
            edi.append("UNH+").append(i).append("+DESADV:D:96A:UN'\n")
                    .append("BGM+351+KILL-").append(i).append("+9'\n")
                    .append("DTM+137:20261126:102'\n")
                    .append("RFF+ON:").append(FIRST_ORDER + i).append("'\n")
                    .append("TDT+20++++UPSN::182'\n")
                    .append("CPS+1'\nPAC+1++CT'\n")
                    .append("RFF+CN:").append(tracking(i)).append("'\n")
                    .append("LIN+1'\nPIA+5+SKU-A:SA'\n")
                    .append("QTY+12:").append(units(i)).append("'\n")
                    .append("UNT+12+").append(i).append("'\n");
        }
        return edi.append("UNZ+").append(SHIPMENTS).append("+7710'\n").toString();
    }

    /** One INVRPT as of 2030-01-01 06:00 with the quantity available (198) of every seeded product. */
    @Override
    String inventoryFile() {
        StringBuilder edi = new StringBuilder("UNA:+.? '\nUNB+UNOC:3+" + THEIRS + ":14+" + OURS + ":14+261126:1200+7720'\n"
                + "UNH+1+INVRPT:D:96A:UN:EAN008'\nBGM+35+INV-7720+9'\nDTM+137:20300101:102'\nDTM+366:203001010600:203'\n");
        for (int i = 1; i <= ITEMS; i++) {
            edi.append("LIN+").append(i).append("'\nPIA+5+").append(sku(i)).append(":SA'\nQTY+198:").append(quantity(i))
                    .append("'\n");
        }
        return edi.append("UNT+").append(ITEMS * 3 + 5).append("+1'\nUNZ+1+7720'\n").toString();
    }
}
