package io.cartbridge.agent.cart.prestashop;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cartbridge.agent.cart.api.CartApiClient;
import org.w3c.dom.Element;

/**
 * The webservice calls of PrestaShop's write-back, each looking at the shop before it writes, so that an attempt
 * after a lost answer (a timeout, a kill) finds what the first one did instead of doing it again:
 * <ul>
 * <li>{@value #TRACKING}: the order's latest {@code order_carrier} read ({@code GET order_carriers?filter[id_order]}),
 *     then {@code PUT order_carriers/<id>} with the numbers merged into its {@code tracking_number}, unless they are
 *     all there; PrestaShop's shipped e-mail shows that number;</li>
 * <li>{@value #STATE}: {@code POST order_histories?sendemail=1} with the shop's shipped state, unless the order's
 *     current state is flagged shipped already; PrestaShop then changes the order's state, moves its stock, runs its
 *     hooks and sends the buyer the state's e-mail.</li>
 * </ul>
 * Query strings are percent-encoded: PrestaShop's {@code filter[...]=[a|b]} brackets are not legal in a URI.
 */
final class PrestaShopApiCalls {

    static final String TRACKING = "tracking";
    static final String STATE = "state";
    /** Ids in one {@code filter[id]=[a|b|...]}: a URL of a few hundred characters. */
    static final int PAGE = 100;

    /**
     * What a call did.
     *
     * @param sent   whether a write went out (false: the shop had it already)
     * @param status the write's HTTP status, 0 when none was sent
     * @param detail the call, for the ledger
     */
    record Answer(boolean sent, int status, String detail) {
    }

    /** An order as the webservice shows it: its current state and carrier. */
    record Order(long id, long currentState, long carrier) {
    }

    private final CartApiClient api;
    private volatile PrestaShopApiStates states;

    PrestaShopApiCalls(CartApiClient api) {
        this.api = api;
    }

    CartApiClient client() {
        return api;
    }

    /** {@return the orders the shop has of these ids} One GET per {@value #PAGE} ids, each retried. */
    Map<Long, Order> orders(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, Order> orders = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            String list = all.subList(from, Math.min(all.size(), from + PAGE)).stream().map(String::valueOf)
                    .collect(Collectors.joining("|"));
            orders.putAll(api.retrying("reading orders " + list, () -> page(list)));
        }
        return orders;
    }

    /** One GET of the orders of ids joined by {@code |}, one attempt. */
    private Map<Long, Order> page(String ids) {
        String path = "orders?display=" + enc("[id,current_state,id_carrier]") + "&filter" + enc("[id]") + "=" + enc("[" + ids + "]");
        Map<Long, Order> orders = new LinkedHashMap<>();
        for (Element order : PrestaShopXml.children(PrestaShopXml.first(get(path), "orders"), "order")) {
            Order o = new Order(PrestaShopXml.number(order, "id"), PrestaShopXml.number(order, "current_state"),
                    PrestaShopXml.number(order, "id_carrier"));
            orders.put(o.id(), o);
        }
        return orders;
    }

    /**
     * For {@code check}: reads the order states ({@code GET order_states}, which every shipment needs), so the key
     * and its permissions are tried without a write, and the shipped state the write-back will use is named.
     */
    String probe() {
        return "key accepted, order states readable, shipped orders move to state " + states().shippedState();
    }

    /** {@return the shop's order states} Read once, through {@code GET order_states?display=full}. */
    PrestaShopApiStates states() {
        PrestaShopApiStates known = states;
        if (known == null) {
            Element root = api.retrying("reading order states", () -> get("order_states?display=full"));
            known = PrestaShopApiStates.of(PrestaShopXml.children(PrestaShopXml.first(root, "order_states"), "order_state"));
            states = known;
        }
        return known;
    }

    /** Merges the numbers into the order's latest {@code order_carrier}, or makes one with them. */
    Answer tracking(Order order, Collection<String> numbers) {
        String look = "order_carriers?display=full&filter" + enc("[id_order]") + "=" + enc("[" + order.id() + "]");
        Element carrier = PrestaShopXml.children(PrestaShopXml.first(get(look), "order_carriers"), "order_carrier").stream()
                .max(Comparator.comparingLong(c -> PrestaShopXml.number(c, "id"))).orElse(null);
        if (carrier == null) {
            String merged = PrestaShopShipmentSink.merge(null, numbers);
            Element body = PrestaShopXml.newResource("order_carrier");
            PrestaShopXml.add(body, "id_order", Long.toString(order.id()));
            PrestaShopXml.add(body, "id_carrier", Long.toString(order.carrier()));
            PrestaShopXml.add(body, "tracking_number", merged);
            CartApiClient.Answer answer = api.exchange("POST", "order_carriers", PrestaShopXml.TYPE, PrestaShopXml.TYPE,
                    PrestaShopXml.bytes(body));
            return new Answer(true, answer.status(), "POST order_carriers");
        }
        String existing = PrestaShopXml.text(carrier, "tracking_number");
        String merged = PrestaShopShipmentSink.merge(existing, numbers);
        String path = "order_carriers/" + PrestaShopXml.number(carrier, "id");
        if (merged.equals(existing)) {
            return new Answer(false, 0, "found on GET order_carriers");
        }
        PrestaShopXml.first(carrier, "tracking_number").setTextContent(merged);
        Element body = PrestaShopXml.newResource("order_carrier");
        for (org.w3c.dom.Node n = carrier.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element field) {
                PrestaShopXml.add(body, field.getTagName(), field.getTextContent().trim());
            }
        }
        CartApiClient.Answer answer = api.exchange("PUT", path, PrestaShopXml.TYPE, PrestaShopXml.TYPE, PrestaShopXml.bytes(body));
        return new Answer(true, answer.status(), "PUT " + path);
    }

    /**
     * Moves the order to the shop's shipped state with the e-mail, when its current state is paid and not shipped
     * (the table write-back's rule); a state already flagged shipped is found, not written again.
     *
     * @return the answer, or {@code null} when the order's state is not one the shipped state follows
     */
    Answer ship(Order order) {
        PrestaShopApiStates known = states();
        if (known.shipped(order.currentState())) {
            return new Answer(false, 0, "found on GET orders (state " + order.currentState() + ")");
        }
        if (!known.shippable(order.currentState())) {
            return null;
        }
        Element body = PrestaShopXml.newResource("order_history");
        PrestaShopXml.add(body, "id_order", Long.toString(order.id()));
        PrestaShopXml.add(body, "id_order_state", Long.toString(known.shippedState()));
        CartApiClient.Answer answer = api.exchange("POST", "order_histories?sendemail=1", PrestaShopXml.TYPE,
                PrestaShopXml.TYPE, PrestaShopXml.bytes(body));
        return new Answer(true, answer.status(), "POST order_histories (state " + known.shippedState() + ", e-mail)");
    }

    /** {@return the order as the shop holds it now} One attempt. */
    Order reread(Order order) {
        return page(Long.toString(order.id())).getOrDefault(order.id(), order);
    }

    private Element get(String path) {
        return PrestaShopXml.parse(api.exchange("GET", path, "application/xml", null, null).body()).getDocumentElement();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
