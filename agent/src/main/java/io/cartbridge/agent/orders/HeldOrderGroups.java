package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartbridge.agent.orders.OrderExportSummary.HeldGroup;
import io.cartbridge.agent.orders.OrderExportSummary.HeldOrder;
import io.cartbridge.agent.support.Listed;

/**
 * Groups held orders by problem, so that 24 orders held for one unmapped shipping method are one line
 * with the fix. An order's ledger reason holds every problem {@link OrderChecker} found, joined by
 * "; ", and names the line of each line problem; the line number is dropped for grouping, since one
 * product without SKU sits at different lines on different orders. An order with two problems counts
 * in both groups.
 */
final class HeldOrderGroups {

    private static final Pattern LINE = Pattern.compile("^line \\d+ \\((.*?)\\) ");
    private static final Pattern SET = Pattern.compile("^(.*) \\(set ([^)]+)\\)$");
    private static final Pattern PROPERTY = Pattern.compile("^(.*) \\((cartbridge\\.[^)]+)\\)$");

    private HeldOrderGroups() {
    }

    record Problem(String text, String fix) {
    }

    static List<HeldGroup> group(List<HeldOrder> held) {
        Map<Problem, List<String>> orders = new LinkedHashMap<>();
        for (HeldOrder order : held) {
            for (String part : order.reason() == null ? new String[] {"no reason recorded"} : order.reason().split("; ")) {
                List<String> numbers = orders.computeIfAbsent(problem(part), p -> new ArrayList<>());
                if (numbers.isEmpty() || !numbers.get(numbers.size() - 1).equals(order.orderNumber())) {
                    numbers.add(order.orderNumber());
                }
            }
        }
        List<HeldGroup> groups = new ArrayList<>();
        orders.forEach((problem, numbers) -> groups.add(new HeldGroup(problem.text(), problem.fix(), Listed.of(numbers))));
        groups.sort(Comparator.comparingLong((HeldGroup g) -> g.orders().count()).reversed());
        return groups;
    }

    /** One problem of a reason, without its line number, and its fix. */
    static Problem problem(String part) {
        String text = LINE.matcher(part.trim()).replaceFirst("$1 ");
        Matcher set = SET.matcher(text);
        if (set.matches()) {
            return new Problem(set.group(1), "set " + set.group(2));
        }
        Matcher property = PROPERTY.matcher(text);
        if (property.matches()) {
            return new Problem(property.group(1), "add it to the file named by " + property.group(2));
        }
        return new Problem(text, fix(text));
    }

    private static String fix(String problem) {
        if (problem.endsWith(" has no SKU")) {
            return "give the product a SKU in the cart";
        }
        if (problem.contains(" has quantity ")) {
            return "correct the quantity on the order in the cart";
        }
        if (problem.equals("no ship-to address") || problem.startsWith("ship-to address has no ")) {
            return "complete the order's shipping address in the cart";
        }
        if (problem.equals("no shipping method")) {
            return "give the order a shipping method in the cart";
        }
        if (problem.equals("no product lines")) {
            return "add the products to the order in the cart, or cancel it";
        }
        return null;
    }
}
