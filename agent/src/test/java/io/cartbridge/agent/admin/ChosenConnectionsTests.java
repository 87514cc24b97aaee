package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.ChosenConnections.LedgerGroup;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which connections a command covers, and how their ledger rows group. */
class ChosenConnectionsTests {

    /** Shop {@code us} sends US orders and the rest to acme, split for their shipping methods; shop {@code eu} to euro. */
    static Connections connections() {
        Map<String, Object> p = new LinkedHashMap<>();
        for (String store : new String[] {"us", "eu"}) {
            p.put("cartbridge.stores." + store + ".url", "jdbc:mariadb://db:3306/" + store);
            p.put("cartbridge.stores." + store + ".password", "secret");
        }
        for (String partner : new String[] {"acme", "euro"}) {
            p.put("cartbridge.partners." + partner + ".x12.sender-id", "RETAILER");
            p.put("cartbridge.partners." + partner + ".x12.receiver-id", partner.toUpperCase());
            p.put("cartbridge.partners." + partner + ".sftp.host", partner + ".example");
            p.put("cartbridge.partners." + partner + ".sftp.username", "retailer");
            p.put("cartbridge.partners." + partner + ".sftp.password", "secret");
            p.put("cartbridge.partners." + partner + ".sftp.known-hosts", "/etc/cartbridge/known_hosts");
        }
        p.put("cartbridge.connections.us-domestic.store", "us");
        p.put("cartbridge.connections.us-domestic.partner", "acme");
        p.put("cartbridge.connections.us-domestic.ship-to-countries", "US");
        p.put("cartbridge.connections.us-abroad.store", "us");
        p.put("cartbridge.connections.us-abroad.partner", "acme");
        p.put("cartbridge.connections.eu-shop.store", "eu");
        p.put("cartbridge.connections.eu-shop.partner", "euro");
        return Connections.bind(new Binder(new MapConfigurationPropertySource(p)));
    }

    @Test
    void connectionsOfOneStoreAtOnePartnerShareTheirLedgerRowsAndOneHeading() {
        ChosenConnections all = ChosenConnections.of(connections(), null);

        assertThat(all.several()).isTrue();
        assertThat(all.chosen()).extracting(Connection::name).containsExactly("us-domestic", "us-abroad", "eu-shop");
        assertThat(all.ledgerGroups()).extracting(LedgerGroup::heading).containsExactly(
                "connections us-domestic, us-abroad (store us, partner acme)",
                "connection eu-shop (store eu, partner euro)");
    }

    @Test
    void theOptionChoosesOneAndAnUnknownNameNamesTheKnownOnes() {
        ChosenConnections one = ChosenConnections.of(connections(), "us-abroad");

        assertThat(one.several()).as("the agent has several: output says whose").isTrue();
        assertThat(one.ledgerGroups()).containsExactly(new LedgerGroup("us", "acme", List.of("us-abroad")));
        assertThatThrownBy(() -> ChosenConnections.of(connections(), "us"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("no connection 'us'; connections: us-domestic, us-abroad, eu-shop");
    }

    @Test
    void noConnectionConfiguredNamesTheSettings() {
        Connections none = Connections.bind(new Binder(new MapConfigurationPropertySource(Map.of())));

        assertThatThrownBy(() -> ChosenConnections.of(none, null)).isInstanceOf(ConfigurationException.class)
                .hasMessage(ChosenConnections.NONE_CONFIGURED);
    }

    @Test
    void partitionStepsAreNamedByConnectionAndForInboundCollectByPartner() {
        Connection abroad = connections().get("us-abroad");

        assertThat(PartitionSteps.of(abroad)).containsExactly("order-export:us-abroad", "inbound-collect:acme",
                "shipment-import:us-abroad", "inventory-import:us-abroad");
    }
}
