package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EdifactOrdersReaderTests {

    @Test
    void anOrderNamingOnlyItsBuyerShipsToTheBuyerAndADiscreteQuantityIsTheOrderedOne() {
        EdifactOrderFile file = new EdifactOrdersReader().read(EdifactTestData.sample("orders-buyer-only-discrete-quantity.edi"));
        WarehouseOrder order = file.orders().get(0);
        assertThat(order.orderNumber()).isEqualTo("B10001");
        assertThat(order.orderDate()).isEqualTo(LocalDateTime.of(2024, 6, 20, 0, 0));
        assertThat(order.shipTo().name()).isEqualTo("Hans Muster");
        assertThat(order.shipTo().line1()).isEqualTo("Bahnhofstrasse 1");
        assertThat(order.shipTo().city()).isEqualTo("Zuerich");
        assertThat(order.shipTo().postalCode()).isEqualTo("8001");
        assertThat(order.shipTo().country()).isEqualTo("CH");
        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::quantity).containsExactly(tuple("SCREW-M4", 1000));
    }

    @Test
    void rejectsThePublicOrderWhoseAssociationCodesAreTooLongAndWhoseUntCountIsWrong() {
        assertThatThrownBy(() -> new EdifactOrdersReader().read(EdifactTestData.sample("public-broken-orders-ung-group.edi")))
                .isInstanceOf(EdiException.class)
                .satisfies(e -> assertThat(((EdiException) e).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                        .containsExactly(tuple(2, "INVALID_ELEMENT"), tuple(2, "INVALID_ELEMENT"), tuple(3, "INVALID_ELEMENT"),
                                tuple(20, "UNT_COUNT")));
    }

    @Test
    void aDeliveryPartyAfterTheBuyerTakesTheShipToWithoutTheBuyersContact() {
        String orders = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'"
                + "NAD+BY+++Buyer Inc+1 Buyer St+Buyertown++11111+US'CTA+PD+:Bob'COM+555-0100:TE'"
                + "NAD+DP+++Ann Lee+2 Main St+Springfield++12345+US'LIN+1++SKU-1:SA'QTY+21:2'UNS+S'UNT+10+1'UNZ+1+5'";
        WarehouseOrder order = new EdifactOrdersReader().read(EdifactTestData.in(orders)).orders().get(0);
        assertThat(order.shipTo().name()).isEqualTo("Ann Lee");
        assertThat(order.shipTo().city()).isEqualTo("Springfield");
        assertThat(order.shipTo().phone()).isNull();
    }
}
