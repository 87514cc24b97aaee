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
 * Held orders grouped by problem, so that 24 orders held for one unmapped shipping method are one line
 * with the fix. An order's ledger reason holds every problem {@link OrderChecker} found, joined by
 * "; ", and names the line of each line problem; the line number is dropped for grouping, since one
 * product without SKU sits at different lines on different orders. An order with two problems counts
 * in both groups. Kept in a step's execution context as text ({@link #encode()}), {@value #MAX_GROUPS}
 * groups at most (the rest counted under "other problems") so that it stays small.
 */
final class HeldOrderGroups {

    static final int MAX_GROUPS = 50;
    private static final Pattern LINE = Pattern.compile("^line \\d+ \\((.*?)\\) ");
    private static final Pattern SET = Pattern.compile("^(.*) \\(set ([^)]+)\\)$");
    private static final Pattern PROPERTY = Pattern.compile("^(.*) \\((cartbridge\\.[^)]+)\\)$");
    private static final Problem OTHER = new Problem("other problems", null);

    record Problem(String text, String fix) {
    }

    private final Map<Problem, long[]> counts = new LinkedHashMap<>();
    private final Map<Problem, List<String>> first = new LinkedHashMap<>();

    static List<HeldGroup> group(List<HeldOrder> held) {
        HeldOrderGroups groups = new HeldOrderGroups();
        held.forEach(groups::add);
        return groups.groups();
    }

    void add(HeldOrder order) {
        String reason = order.reason() == null ? "no reason recorded" : order.reason();
        List<Problem> problems = new ArrayList<>();
        for (String part : reason.split("; ")) {
            Problem problem = problem(part);
            if (!counts.containsKey(problem) && counts.size() >= MAX_GROUPS) {
                problem = OTHER;
            }
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        problems.forEach(p -> add(p, 1, List.of(order.orderNumber())));
    }

    private void add(Problem problem, long count, List<String> numbers) {
        counts.computeIfAbsent(problem, p -> new long[1])[0] += count;
        List<String> listed = first.computeIfAbsent(problem, p -> new ArrayList<>());
        numbers.stream().limit(Listed.FEW - listed.size()).forEach(listed::add);
    }

    /** The groups, the largest first (ties in the order first met). */
    List<HeldGroup> groups() {
        List<HeldGroup> groups = new ArrayList<>();
        counts.forEach((problem, count) -> groups.add(new HeldGroup(problem.text(), problem.fix(),
                new Listed(count[0], first.get(problem)))));
        groups.sort(Comparator.comparingLong((HeldGroup g) -> g.orders().count()).reversed());
        return groups;
    }

    /** One line per group: count, problem, fix, order numbers, separated by tabs. */
    String encode() {
        StringBuilder text = new StringBuilder();
        counts.forEach((problem, count) -> text.append(count[0]).append('\t').append(flat(problem.text())).append('\t')
                .append(problem.fix() == null ? "" : flat(problem.fix())).append('\t')
                .append(String.join(",", first.get(problem))).append('\n'));
        return text.toString();
    }

    static HeldOrderGroups decode(String encoded) {
        HeldOrderGroups groups = new HeldOrderGroups();
        for (String line : encoded.split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", -1);
                groups.add(new Problem(f[1], f[2].isEmpty() ? null : f[2]), Long.parseLong(f[0]),
                        f[3].isEmpty() ? List.of() : List.of(f[3].split(",")));
            }
        }
        return groups;
    }

    static String flat(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
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
