package io.cartbridge.agent.connections;

import java.util.List;
import java.util.Map;

import io.cartbridge.agent.warehouse.ShippingMethodProperties;

/**
 * One connection as configured under {@code cartbridge.connections.<name>}: a store, the partner it sends
 * to, which orders it takes, and what is particular to the pair.
 *
 * @param store           name of a store under {@code cartbridge.stores}
 * @param partner         name of a partner under {@code cartbridge.partners}
 * @param shipToCountries ISO 3166 alpha-2 codes of the ship-to countries this connection takes; none: every
 *                        country the store's other connections do not take
 * @param x12             the shop's own envelope ids at this partner, over the partner's
 * @param shippingMethods cart shipping method id to the partner's carrier and service
 * @param edifact         the shop's own EDIFACT ids at this partner, over the partner's
 * @param xml             the shop's own warehouse XML id at this partner, over the partner's
 */
public record ConnectionProperties(String store, String partner, List<String> shipToCountries, X12 x12,
                                   Map<String, ShippingMethodProperties.Carrier> shippingMethods, Edifact edifact,
                                   Xml xml) {

    /**
     * @param senderQualifier ISA05 of this shop at the partner, over the partner's {@code x12.sender-qualifier}
     * @param senderId        ISA06 / GS02 of this shop at the partner, over the partner's {@code x12.sender-id}
     */
    public record X12(String senderQualifier, String senderId) {
    }

    /**
     * @param senderId        UNB 0004 of this shop at the partner, over the partner's {@code edifact.sender-id}
     * @param senderQualifier UNB 0007 of it, over the partner's {@code edifact.sender-qualifier}
     */
    public record Edifact(String senderId, String senderQualifier) {
    }

    /** @param senderId {@code Header/Sender} of this shop at the partner, over the partner's {@code xml.sender-id} */
    public record Xml(String senderId) {
    }

    public ConnectionProperties {
        xml = xml == null ? new Xml(null) : xml;
        edifact = edifact == null ? new Edifact(null, null) : edifact;
        shipToCountries = shipToCountries == null ? List.of() : List.copyOf(shipToCountries);
        x12 = x12 == null ? new X12(null, null) : x12;
        shippingMethods = shippingMethods == null ? Map.of() : shippingMethods;
    }
}
