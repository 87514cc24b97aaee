package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.Envelope;
import org.junit.jupiter.api.Test;

/** Which of a partner's shops a received file is for: by folder, then receiver id, then (shared ids) its orders. */
class AddresseesTests {

    private static ConnectionContext connection(String name, String store, String qualifier, String senderId) {
        WarehouseProperties partner = new WarehouseProperties("acme", null, null,
                new WarehouseProperties.X12(null, qualifier, senderId, null, "ACME", null, null, null), null, null, null, null, null, null, null);
        return new ConnectionContext(new Connection(name, store, null, partner, List.of(),
                new ShippingMethodProperties(Map.of(), true)), null, null);
    }

    private static Envelope to(String qualifier, String receiverId) {
        return new Envelope("ZZ", "ACME", qualifier, receiverId, "000000001");
    }

    @Test
    void aFolderOfOneShopsConnectionsIsThatShopsWhateverTheReceiverId() {
        Addressees one = new Addressees("acme", List.of(connection("us", "shop", "ZZ", "SHOPUS"),
                connection("eu", "shop", "ZZ", "SHOPEU")));

        assertThat(one.of(to("ZZ", "SOMEONE")).connection().store()).isEqualTo("shop");
        assertThat(one.of(Envelope.NONE).connection().store()).isEqualTo("shop");
    }

    @Test
    void severalShopsAreToldApartByTheReceiverIdAndItsQualifier() {
        Addressees two = new Addressees("acme", List.of(connection("a", "shop-a", "ZZ", "SHOPA"),
                connection("b", "shop-b", "01", "SHOPB")));

        assertThat(two.of(to("ZZ", "shopa")).connection().name()).isEqualTo("a");
        assertThat(two.of(to("01", "SHOPB")).connection().name()).isEqualTo("b");
        assertThat(two.of(to("ZZ", "SHOPB")).problem()).isEqualTo("addressed to receiver ZZ:SHOPB, which is not the sender "
                + "id of any shop of partner acme (a: ZZ:SHOPA, b: 01:SHOPB)");
        assertThat(two.of(Envelope.NONE).problem())
                .isEqualTo("no ISA receiver id to tell which of partner acme's shops it is for (a: ZZ:SHOPA, b: 01:SHOPB)");
    }

    @Test
    void aSharedReceiverIdIsResolvedByTheOrdersOnlyOneShopSentAndNeverGuessed() {
        Addressees shared = new Addressees("acme", List.of(connection("a", "shop-a", "ZZ", "SAME"),
                connection("b", "shop-b", "ZZ", "SAME")));
        Addressees.Match match = shared.of(to("ZZ", "SAME"));
        Map<String, List<String>> sentBy = Map.of("1001", List.of("shop-a", "shop-b"), "2001", List.of("shop-a"),
                "3001", List.of("shop-b"));

        assertThat(match.connection()).isNull();
        assertThat(match.sharing()).extracting(ConnectionContext::name).containsExactly("a", "b");
        assertThat(shared.byOrderNumbers(match, List.of("2001", "9999"), (n, s) -> sentBy.getOrDefault(n, List.of()))
                .connection().name()).isEqualTo("a");
        assertThat(shared.byOrderNumbers(match, List.of("2001", "1001"), (n, s) -> sentBy.getOrDefault(n, List.of())).problem())
                .isEqualTo("order 1001 is an order of stores shop-a and shop-b, which share the receiver id it is addressed "
                        + "to: applied to neither");
        assertThat(shared.byOrderNumbers(match, List.of("2001", "3001"), (n, s) -> sentBy.getOrDefault(n, List.of())).problem())
                .isEqualTo("its documents are for several stores that share the receiver id it is addressed to "
                        + "(shop-a: 2001; shop-b: 3001): applied to none");
        assertThat(shared.byOrderNumbers(match, List.of("9999"), (n, s) -> sentBy.getOrDefault(n, List.of())).problem())
                .endsWith("; none of its orders (9999) was sent by any of them");
    }
}
