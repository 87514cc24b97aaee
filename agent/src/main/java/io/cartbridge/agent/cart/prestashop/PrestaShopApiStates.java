package io.cartbridge.agent.cart.prestashop;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Element;

/**
 * The shop's order states as its webservice lists them ({@code order_states}): which are paid and not shipped (the
 * states the shipped state follows, as in the table write-back), which are flagged shipped, and the one to move a
 * shipped order to: the state flagged {@code shipped} that sends an e-mail (PrestaShop's "Shipped", template
 * {@code shipped}), never a fixed id, since shops renumber and add states.
 *
 * @param shippable    paid, not shipped, not deleted
 * @param shippedFlags every state flagged shipped ("Shipped", "Delivered", ...)
 * @param shippedState the state a shipped order moves to
 */
record PrestaShopApiStates(Set<Long> shippable, Set<Long> shippedFlags, long shippedState) {

    static PrestaShopApiStates of(List<Element> states) {
        List<Element> live = states.stream().filter(s -> !flag(s, "deleted")).toList();
        Set<Long> shippable = live.stream().filter(s -> flag(s, "paid") && !flag(s, "shipped")).map(PrestaShopApiStates::id)
                .collect(Collectors.toSet());
        Set<Long> shipped = states.stream().filter(s -> flag(s, "shipped")).map(PrestaShopApiStates::id)
                .collect(Collectors.toSet());
        Element target = live.stream().filter(s -> flag(s, "shipped") && flag(s, "send_email"))
                .min(Comparator.comparing((Element s) -> !template(s).contains("shipped")).thenComparing(PrestaShopApiStates::id))
                .orElseThrow(() -> new IllegalStateException("PrestaShop has no order state flagged shipped that sends an "
                        + "e-mail (Orders, Statuses: \"Consider the associated order as shipped\" and \"Send an email to "
                        + "the customer\"); the webservice write-back needs one"));
        return new PrestaShopApiStates(Set.copyOf(shippable), Set.copyOf(shipped), id(target));
    }

    boolean shipped(long state) {
        return shippedFlags.contains(state);
    }

    boolean shippable(long state) {
        return shippable.contains(state);
    }

    private static long id(Element state) {
        return PrestaShopXml.number(state, "id");
    }

    private static boolean flag(Element state, String name) {
        return PrestaShopXml.text(state, name).equals("1");
    }

    /** The e-mail template in every language, e.g. {@code shipped}. */
    private static String template(Element state) {
        Element template = PrestaShopXml.first(state, "template");
        return template == null ? "" : template.getTextContent();
    }
}
