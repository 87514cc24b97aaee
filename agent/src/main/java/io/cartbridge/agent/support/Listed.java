package io.cartbridge.agent.support;

import java.util.List;

/**
 * A count with the first few of the things counted, for a summary line such as
 * "3 unknown orders: 9001, 9002 and 1 more".
 *
 * @param count  how many there are
 * @param first  the first of them ({@link #FEW} at most), in the order they were recorded
 */
public record Listed(long count, List<String> first) {

    /** How many a summary names before it says "and N more". */
    public static final int FEW = 5;

    public Listed {
        first = List.copyOf(first);
    }

    public static Listed of(List<String> all) {
        return new Listed(all.size(), all.subList(0, Math.min(FEW, all.size())));
    }

    public static Listed none() {
        return new Listed(0, List.of());
    }
}
