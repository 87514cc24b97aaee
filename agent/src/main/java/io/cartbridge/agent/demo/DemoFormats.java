package io.cartbridge.agent.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormat;

/**
 * The settings of {@code demo --format edifact|xml}: the one-shop demo with a warehouse partner in that format. Its
 * state (the sandbox's folders, the agent's files) is under {@code demo/<format>}, and its ledger and demo store are
 * databases of their own ({@code cartbridge_edifact}, {@code demo_shop_edifact}) on the demo's embedded MariaDB, so
 * each format's demo sends its orders once, whatever the others did. Ids are plausible for the format: GS1 GLNs
 * (qualifier 14) for EDIFACT, names for XML.
 */
final class DemoFormats {

    /** The demo shop's GLN, and the sandbox 3PL's. */
    static final String SHOP_GLN = "4012345000009";
    static final String SANDBOX_GLN = "4098765000003";

    private DemoFormats() {
    }

    static Map<String, Object> properties(WarehouseFormat format, Path home) {
        Path demoHome = home.getParent();
        Map<String, Object> p = new HashMap<>();
        DemoCommand.demoProperties(home).forEach((key, value) -> {
            if (!key.startsWith("cartbridge.warehouse.x12.")) {
                p.put(key, value);
            }
        });
        p.put("spring.datasource.url", EmbeddedDatabaseListener.server(demoHome).jdbcUrl("cartbridge_" + format.name()));
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        p.put("cartbridge.cart.embedded-database", "demo_shop_" + format.name());
        p.put("cartbridge.warehouse.format", format.name());
        switch (format.name()) {
            case "edifact" -> {
                p.put("cartbridge.warehouse.edifact.sender-id", SHOP_GLN);
                p.put("cartbridge.warehouse.edifact.sender-qualifier", "14");
                p.put("cartbridge.warehouse.edifact.recipient-id", SANDBOX_GLN);
                p.put("cartbridge.warehouse.edifact.recipient-qualifier", "14");
                // the sandbox's INVRPT reports QTY+198, quantity available
                p.put("cartbridge.warehouse.stock-quantity", "198");
            }
            case "xml" -> {
                p.put("cartbridge.warehouse.xml.sender-id", "DEMOSHOP");
                p.put("cartbridge.warehouse.xml.receiver-id", "SANDBOX3PL");
            }
            default -> throw new IllegalArgumentException("--format must be x12, edifact or xml, not " + format.name());
        }
        return p;
    }

    /** The document type the warehouse sends, or the shop, of that kind: 945, DESADV, ShipmentConfirmations ... */
    static String typeOf(WarehouseFormat format, DocumentKind kind) {
        return format.sentDocumentType(kind);
    }
}
