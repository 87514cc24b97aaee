package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cartbridge.agent.cart.api.CartApiErrors.Reason;
import org.junit.jupiter.api.Test;

class PrestaShopXmlTests {

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorAnswerGivesPrestaShopsCodeAndMessage() {
        Reason reason = PrestaShopXml.ERRORS.read(401, bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <prestashop xmlns:xlink="http://www.w3.org/1999/xlink">
                <errors>
                <error>
                <code><![CDATA[26]]></code>
                <message><![CDATA[Resource of type "order_histories" is not allowed with this authentication key]]></message>
                </error>
                </errors>
                </prestashop>
                """));
        assertThat(reason).isEqualTo(new Reason("26",
                "Resource of type \"order_histories\" is not allowed with this authentication key"));
    }

    @Test
    void anAnswerThatIsNotPrestaShopsXmlGivesTheStatusOnly() {
        assertThat(PrestaShopXml.ERRORS.read(502, bytes("<html><body>Bad gateway</body></html>")))
                .isEqualTo(new Reason("http_502", ""));
        assertThat(PrestaShopXml.ERRORS.read(500, new byte[0])).isEqualTo(new Reason("http_500", ""));
    }

    @Test
    void aDocumentTypeOrExternalEntityIsRefusedNotFetched() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE prestashop [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <prestashop><errors><error><code>1</code><message>&secret;</message></error></errors></prestashop>""";
        assertThatThrownBy(() -> PrestaShopXml.parse(bytes(xxe))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(PrestaShopXml.ERRORS.read(400, bytes(xxe))).isEqualTo(new Reason("http_400", ""));
    }

    @Test
    void aBodyIsOneResourceUnderPrestashop() {
        var history = PrestaShopXml.newResource("order_history");
        PrestaShopXml.add(history, "id_order", "1001");
        PrestaShopXml.add(history, "id_order_state", "4");
        assertThat(new String(PrestaShopXml.bytes(history), StandardCharsets.UTF_8)).endsWith(
                "<prestashop><order_history><id_order>1001</id_order><id_order_state>4</id_order_state></order_history></prestashop>");
    }

    @Test
    void theShippedStateIsTheStateFlaggedShippedThatSendsTheShippedEmail() {
        var root = PrestaShopXml.parse(bytes("""
                <prestashop><order_states>
                <order_state><id>2</id><paid>1</paid><shipped>0</shipped><send_email>1</send_email><deleted>0</deleted>
                  <template><language id="1">payment</language></template></order_state>
                <order_state><id>5</id><paid>1</paid><shipped>1</shipped><send_email>0</send_email><deleted>0</deleted>
                  <template><language id="1"></language></template></order_state>
                <order_state><id>15</id><paid>1</paid><shipped>1</shipped><send_email>1</send_email><deleted>0</deleted>
                  <template><language id="1">in_transit</language></template></order_state>
                <order_state><id>21</id><paid>1</paid><shipped>1</shipped><send_email>1</send_email><deleted>0</deleted>
                  <template><language id="1">shipped</language></template></order_state>
                <order_state><id>22</id><paid>1</paid><shipped>0</shipped><send_email>1</send_email><deleted>1</deleted>
                  <template><language id="1">payment</language></template></order_state>
                </order_states></prestashop>""")).getDocumentElement();
        PrestaShopApiStates states = PrestaShopApiStates.of(PrestaShopXml.children(PrestaShopXml.first(root, "order_states"),
                "order_state"));
        assertThat(states.shippedState()).isEqualTo(21);
        assertThat(states.shippable()).containsExactly(2L);
        assertThat(states.shipped(5)).isTrue();
        assertThat(states.shipped(2)).isFalse();
        assertThatThrownBy(() -> PrestaShopApiStates.of(List.of())).hasMessageContaining("no order state flagged shipped");
    }
}
