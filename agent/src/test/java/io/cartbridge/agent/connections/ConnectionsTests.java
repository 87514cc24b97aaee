package io.cartbridge.agent.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cartbridge.agent.cart.woocommerce.WooCommerceProperties;
import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ConnectionsTests {

    /** Today's single-shop settings, as an agent with one shop has them. */
    static Map<String, Object> shorthand() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.cart.url", "jdbc:mariadb://db:3306/wordpress");
        p.put("cartbridge.cart.username", "wp");
        p.put("cartbridge.cart.password", "cart-secret");
        p.put("cartbridge.warehouse.id", "acme3pl");
        p.put("cartbridge.warehouse.x12.sender-id", "MYSHOP");
        p.put("cartbridge.warehouse.x12.receiver-id", "ACME3PL");
        p.put("cartbridge.warehouse.sftp.host", "sftp.acme.example");
        p.put("cartbridge.warehouse.sftp.username", "myshop");
        p.put("cartbridge.warehouse.sftp.password", "sftp-secret");
        p.put("cartbridge.warehouse.sftp.known-hosts", "/etc/cartbridge/known_hosts");
        p.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.flat_rate.service", "GND");
        return p;
    }

    /** Three shops and two warehouses: the EU shop routes by country, with a fallback. */
    static Map<String, Object> maps() {
        Map<String, Object> p = new LinkedHashMap<>();
        store(p, "shop-eu");
        store(p, "shop-us");
        store(p, "outlet");
        p.put("cartbridge.stores.outlet.table-prefix", "outlet_");
        p.put("cartbridge.stores.outlet.woocommerce.storage", "posts");
        partner(p, "acme", "ACME3PL");
        partner(p, "euro", "EUROLOG");
        p.put("cartbridge.partners.euro.orders-per-file", "50");
        connection(p, "eu-germany", "shop-eu", "euro");
        p.put("cartbridge.connections.eu-germany.ship-to-countries", "de,AT");
        p.put("cartbridge.connections.eu-germany.shipping-methods.flat_rate.carrier", "DHL");
        p.put("cartbridge.connections.eu-germany.shipping-methods.flat_rate.service", "STD");
        connection(p, "eu-rest", "shop-eu", "acme");
        p.put("cartbridge.connections.eu-rest.x12.sender-qualifier", "01");
        p.put("cartbridge.connections.eu-rest.x12.sender-id", "SHOPEU");
        connection(p, "us", "shop-us", "acme");
        p.put("cartbridge.connections.us.ship-to-countries", "US,CA");
        connection(p, "outlet", "outlet", "acme");
        p.put("cartbridge.connections.outlet.ship-to-countries[0]", "US");
        return p;
    }

    static void store(Map<String, Object> p, String name) {
        p.put("cartbridge.stores." + name + ".url", "jdbc:mariadb://db:3306/" + name.replace('-', '_'));
        p.put("cartbridge.stores." + name + ".username", "wp");
        p.put("cartbridge.stores." + name + ".password", "secret-of-" + name);
    }

    static void partner(Map<String, Object> p, String name, String receiverId) {
        p.put("cartbridge.partners." + name + ".x12.sender-id", "RETAILER");
        p.put("cartbridge.partners." + name + ".x12.receiver-id", receiverId);
        p.put("cartbridge.partners." + name + ".sftp.host", name + ".example");
        p.put("cartbridge.partners." + name + ".sftp.username", "retailer");
        p.put("cartbridge.partners." + name + ".sftp.password", "sftp-secret-of-" + name);
        p.put("cartbridge.partners." + name + ".sftp.known-hosts", "/etc/cartbridge/known_hosts");
    }

    static void connection(Map<String, Object> p, String name, String store, String partner) {
        p.put("cartbridge.connections." + name + ".store", store);
        p.put("cartbridge.connections." + name + ".partner", partner);
    }

    static Connections bind(Map<String, Object> properties) {
        return Connections.bind(new Binder(new MapConfigurationPropertySource(properties)));
    }

    @Test
    void theSingleShopSettingsAreOneConnectionNamedDefault() {
        Connections connections = bind(shorthand());

        assertThat(connections.all()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("default");
            assertThat(c.store()).isEqualTo("default");
            assertThat(c.cart().url()).isEqualTo("jdbc:mariadb://db:3306/wordpress");
            assertThat(c.partner().id()).isEqualTo("acme3pl");
            assertThat(c.partner().x12().senderId()).isEqualTo("MYSHOP");
            assertThat(c.shipToCountries()).isEmpty();
            assertThat(c.shippingMethods().shippingMethods().get("flat_rate").carrier()).isEqualTo("UPSN");
        });
        assertThat(connections.route("default", "BR")).map(Connection::name).contains("default");
        assertThat(connections.partners()).containsExactly("acme3pl");
        assertThat(connections.firstOfStore("default").name()).isEqualTo("default");
        connections.requireJobsCanRun();
    }

    @Test
    void noSettingsAreNoConnectionsAndNoErrorUntilSomethingNeedsOne() {
        Connections connections = bind(Map.of());

        assertThat(connections.all()).isEmpty();
        assertThat(connections.route("default", "US")).isEmpty();
        assertThatThrownBy(connections::requireJobsCanRun).hasMessage("cartbridge.cart.url must be set");
    }

    @Test
    void mapsBindStoresPartnersAndConnectionsInDeclaredOrder() {
        Connections connections = bind(maps());

        assertThat(connections.all()).extracting(Connection::name).containsExactly("eu-germany", "eu-rest", "us", "outlet");
        Connection germany = connections.get("eu-germany");
        assertThat(germany.shipToCountries()).containsExactly("DE", "AT");
        assertThat(germany.partner().id()).isEqualTo("euro");
        assertThat(germany.partner().ordersPerFile()).isEqualTo(50);
        assertThat(germany.partner().x12().receiverId()).isEqualTo("EUROLOG");
        assertThat(germany.shippingMethods().shippingMethods().get("flat_rate"))
                .extracting("carrier", "service").containsExactly("DHL", "STD");
        assertThat(connections.get("us").shippingMethods().shippingMethods()).isEmpty();
        Connection outlet = connections.get("outlet");
        assertThat(outlet.cart().tablePrefix()).isEqualTo("outlet_");
        assertThat(outlet.cart().settings()).isEqualTo(new WooCommerceProperties("posts"));
        assertThat(outlet.cart().url()).isEqualTo("jdbc:mariadb://db:3306/outlet");
        assertThat(outlet.partner().sftp().host()).isEqualTo("acme.example");
    }

    @Test
    void anOrderGoesToTheFirstConnectionOfItsStoreTakingItsCountryElseToTheOneWithoutAList() {
        Connections connections = bind(maps());

        assertThat(connections.route("shop-eu", "DE")).map(Connection::name).contains("eu-germany");
        assertThat(connections.route("shop-eu", "at")).map(Connection::name).contains("eu-germany");
        assertThat(connections.route("shop-eu", "FR")).map(Connection::name).contains("eu-rest");
        assertThat(connections.route("shop-us", "CA")).map(Connection::name).contains("us");
        assertThat(connections.route("shop-us", "BR")).isEmpty();
        assertThat(connections.route("outlet", "US")).map(c -> c.partner().id()).contains("acme");
        assertThat(connections.route("no-such-shop", "US")).isEmpty();
    }

    @Test
    void aConnectionsSenderIdsOverrideThePartnersAndLeaveTheRestOfTheEnvelope() {
        Connections connections = bind(maps());

        Connection rest = connections.get("eu-rest");
        assertThat(rest.partner().x12().senderId()).isEqualTo("SHOPEU");
        assertThat(rest.partner().x12().senderQualifier()).isEqualTo("01");
        assertThat(rest.partner().x12().receiverId()).isEqualTo("ACME3PL");
        assertThat(rest.partner().x12().settings().senderId()).isEqualTo("SHOPEU");
        Connection us = connections.get("us");
        assertThat(us.partner().x12().senderId()).isEqualTo("RETAILER");
        assertThat(us.partner().x12().senderQualifier()).isEqualTo("ZZ");
    }

    @Test
    void theJobsRunEveryConnectionOfTheMapsAndNeedOne() {
        Map<String, Object> one = new LinkedHashMap<>();
        store(one, "shop");
        partner(one, "acme", "ACME3PL");
        connection(one, "main", "shop", "acme");
        one.put("cartbridge.connections.main.x12.sender-id", "SHOP1");
        one.put("cartbridge.connections.main.shipping-methods.flat_rate.carrier", "UPSN");
        Connections single = bind(one);

        single.requireJobsCanRun();
        assertThat(single.get("main").cart().url()).isEqualTo("jdbc:mariadb://db:3306/shop");
        assertThat(single.get("main").partner().id()).isEqualTo("acme");
        assertThat(single.get("main").partner().x12().senderId()).isEqualTo("SHOP1");
        assertThat(single.get("main").shippingMethods().shippingMethods().get("flat_rate").carrier()).isEqualTo("UPSN");
        Map<String, Object> noConnection = new LinkedHashMap<>(one);
        noConnection.keySet().removeIf(k -> k.startsWith("cartbridge.connections."));
        assertThatThrownBy(bind(noConnection)::requireJobsCanRun)
                .hasMessage("cartbridge.connections must name at least one connection (store and partner)");
        Connections several = bind(maps());
        several.requireJobsCanRun();
        assertThat(several.partners()).hasSizeGreaterThan(1);
        assertThat(several.firstOfStore(several.get("eu-rest").store()).name()).isEqualTo("eu-germany");
    }

    @Test
    void aConnectionToAPartnerOrStoreThatDoesNotExistIsNamed() {
        Map<String, Object> p = maps();
        p.put("cartbridge.connections.eu-rest.partner", "acmee");
        assertThatThrownBy(bind(p)::all).isInstanceOf(ConfigurationException.class)
                .hasMessage("cartbridge.connections.eu-rest.partner: no partner 'acmee' (partners: acme, euro)");

        Map<String, Object> q = maps();
        q.put("cartbridge.connections.us.store", "shop-uk");
        assertThatThrownBy(bind(q)::all)
                .hasMessage("cartbridge.connections.us.store: no store 'shop-uk' (stores: shop-eu, shop-us, outlet)");

        Map<String, Object> r = maps();
        r.remove("cartbridge.connections.us.partner");
        assertThatThrownBy(bind(r)::all).hasMessage("cartbridge.connections.us.partner must be set");
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsNamed() {
        Map<String, Object> p = maps();
        p.put("cartbridge.connections.eu-germany.ship-to-countries", "DE,GER");

        assertThatThrownBy(bind(p)::all).hasMessage(
                "cartbridge.connections.eu-germany.ship-to-countries: 'GER' is not an ISO 3166 alpha-2 country code");
        p.put("cartbridge.connections.eu-germany.ship-to-countries", "DE,UK");
        assertThatThrownBy(bind(p)::all).hasMessage(
                "cartbridge.connections.eu-germany.ship-to-countries: 'UK' is not an ISO 3166 alpha-2 country code");
    }

    @Test
    void twoConnectionsTakingEveryCountryOfOneStoreAreAnError() {
        Map<String, Object> p = maps();
        p.remove("cartbridge.connections.eu-germany.ship-to-countries");

        assertThatThrownBy(bind(p)::all).hasMessage("cartbridge.connections.eu-rest.ship-to-countries must be set: "
                + "connections 'eu-germany' and 'eu-rest' would both take every country of store 'shop-eu'");
    }

    @Test
    void aCountryInTwoConnectionsOfOneStoreIsAnErrorSoThatRoutingNeverDependsOnTheOrderOfSettings() {
        Map<String, Object> p = maps();
        p.put("cartbridge.connections.eu-rest.ship-to-countries", "FR,at");

        assertThatThrownBy(bind(p)::all).hasMessage("cartbridge.connections.eu-rest.ship-to-countries: AT is also in "
                + "connection 'eu-germany' of store 'shop-eu'; an order to AT must go to one warehouse");
    }

    @Test
    void theSingleShopSettingsAndTheMapsTogetherAreAnErrorNamingBoth() {
        Map<String, Object> p = maps();
        p.put("cartbridge.warehouse.id", "acme3pl");

        String both = "cartbridge.warehouse.* and cartbridge.stores.* are both set: the single-shop settings are "
                + "shorthand for one connection 'default'; give one or the other";
        assertThatThrownBy(bind(p)::all).hasMessage(both);
        assertThatThrownBy(bind(p)::requireJobsCanRun).hasMessage(both);

        Map<String, Object> q = shorthand();
        connection(q, "extra", "shop", "acme");
        assertThatThrownBy(bind(q)::all).hasMessage("cartbridge.cart.* and cartbridge.connections.* are both set: the "
                + "single-shop settings are shorthand for one connection 'default'; give one or the other");
    }

    @Test
    void aMissingOrBadStoreOrPartnerSettingIsNamedUnderItsMapKey() {
        Map<String, Object> p = maps();
        p.remove("cartbridge.partners.acme.sftp.host");
        assertThatThrownBy(bind(p)::all).hasMessage("cartbridge.partners.acme.sftp.host must be set");

        Map<String, Object> q = maps();
        q.remove("cartbridge.partners.euro.sftp.password");
        assertThatThrownBy(bind(q)::all).hasMessage(
                "cartbridge.partners.euro.sftp.password or cartbridge.partners.euro.sftp.private-key must be set");

        Map<String, Object> r = maps();
        r.put("cartbridge.stores.outlet.woocommerce.storage", "custom");
        assertThatThrownBy(bind(r)::all).hasMessage("cartbridge.stores.outlet.woocommerce.storage must be hpos or posts, not 'custom'");

        Map<String, Object> s = maps();
        s.remove("cartbridge.stores.shop-us.url");
        assertThatThrownBy(bind(s)::all).hasMessage("cartbridge.stores.shop-us.url must be set");

        Map<String, Object> t = maps();
        t.put("cartbridge.connections.eu-rest.x12.sender-id", "A-SENDER-ID-TOO-LONG");
        assertThatThrownBy(bind(t)::all).hasMessageStartingWith("cartbridge.connections.eu-rest.x12.sender-id must be 2-15");

        Map<String, Object> u = maps();
        u.remove("cartbridge.partners.euro.x12.sender-id");
        assertThatThrownBy(bind(u)::all).hasMessage("cartbridge.partners.euro.x12.sender-id must be set");
    }

    @Test
    void secretsAreMaskedInEveryToString() {
        Connections connections = bind(maps());

        String all = connections.all().toString();
        assertThat(all).contains("****").contains("RETAILER")
                .doesNotContain("secret-of-shop-eu").doesNotContain("sftp-secret-of-acme").doesNotContain("sftp-secret-of-euro");
        assertThat(bind(shorthand()).all().toString()).doesNotContain("cart-secret").doesNotContain("sftp-secret");
    }

    @Test
    void aPasswordFromAConfigTreeFileBinds(@TempDir Path dir) throws Exception {
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("cartbridge.partners.acme.sftp.password"), "from-a-file\n");
        Files.createDirectories(secrets.resolve("cartbridge/stores/shop"));
        Files.writeString(secrets.resolve("cartbridge/stores/shop/password"), "cart-from-a-file");
        Map<String, Object> p = new LinkedHashMap<>();
        store(p, "shop");
        p.remove("cartbridge.stores.shop.password");
        partner(p, "acme", "ACME3PL");
        p.remove("cartbridge.partners.acme.sftp.password");
        connection(p, "main", "shop", "acme");
        p.put("spring.config.import", "configtree:" + secrets + "/");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", p));

        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        Connection main = Connections.bind(Binder.get(environment)).get("main");

        assertThat(main.partner().sftp().password()).isEqualTo("from-a-file");
        assertThat(main.cart().password()).isEqualTo("cart-from-a-file");
        assertThat(main.toString()).doesNotContain("from-a-file");
    }

    @Test
    void aPasswordFromAnEnvironmentVariableBindsToItsStoreAndPartnerEvenWithADashInTheName() {
        Map<String, Object> p = maps();
        p.remove("cartbridge.stores.shop-eu.password");
        p.remove("cartbridge.partners.euro.sftp.password");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", p));
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("CARTBRIDGE_STORES_SHOPEU_PASSWORD", "cart-from-env",
                                "CARTBRIDGE_PARTNERS_EURO_SFTP_PASSWORD", "sftp-from-env")));

        Connection germany = Connections.bind(Binder.get(environment)).get("eu-germany");

        assertThat(germany.cart().password()).isEqualTo("cart-from-env");
        assertThat(germany.partner().sftp().password()).isEqualTo("sftp-from-env");
        assertThat(germany.toString()).doesNotContain("from-env");
    }
}
