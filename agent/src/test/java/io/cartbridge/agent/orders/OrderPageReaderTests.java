package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.OrderSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A platform's pages as a restartable reader: the checkpoint is the cursor of the last order handed out before a
 * chunk commits, and a reader opened on that context goes on with the next order, whatever the cursor looks like.
 */
class OrderPageReaderTests {

    /**
     * Twelve orders keyed by a composite cursor, "created|id" (as a generic SQL plugin keyed on (updated_at, id) would
     * make), and the cursors each page was asked after.
     */
    private static final class CompositeKeySource implements OrderSource {

        final List<String> askedAfter = Collections.synchronizedList(new ArrayList<>());
        private final List<CartOrder> orders = new ArrayList<>();

        CompositeKeySource() {
            for (int i = 1; i <= 12; i++) {
                String cursor = "2026-05-0" + (1 + i / 5) + "|" + (1000 + i);
                orders.add(new CartOrder(cursor, Integer.toString(1000 + i), "#" + i, LocalDateTime.of(2026, 5, 1, 0, 0),
                        null, null, null, List.of()));
            }
        }

        @Override
        public List<CartOrder> page(String afterCursor, int limit) {
            askedAfter.add(String.valueOf(afterCursor));
            return orders.stream().filter(o -> afterCursor == null || o.cursor().compareTo(afterCursor) > 0).limit(limit).toList();
        }

        @Override
        public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
            return Map.of();
        }
    }

    private static List<String> read(OrderPageReader reader, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CartOrder order = reader.read();
            if (order == null) {
                break;
            }
            ids.add(order.cartOrderId());
        }
        return ids;
    }

    @Test
    void aRestartGoesOnAfterTheLastOrderOfTheCommittedChunk() {
        CompositeKeySource source = new CompositeKeySource();
        OrderPageReader first = new OrderPageReader(source, 4);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        assertThat(read(first, 5)).containsExactly("1001", "1002", "1003", "1004", "1005");
        first.update(context);                  // chunk of 5 commits
        assertThat(read(first, 2)).containsExactly("1006", "1007");
        first.close();                          // the next chunk fails: its orders are read again

        assertThat(context.getString(OrderPageReader.CURSOR)).isEqualTo("2026-05-02|1005");
        OrderPageReader restarted = new OrderPageReader(source, 4);
        source.askedAfter.clear();
        restarted.open(context);
        assertThat(read(restarted, 100)).containsExactly("1006", "1007", "1008", "1009", "1010", "1011", "1012");
        restarted.update(context);
        restarted.close();

        assertThat(source.askedAfter.get(0)).as("the first page after a restart").isEqualTo("2026-05-02|1005");
        assertThat(context.getString(OrderPageReader.CURSOR)).isEqualTo("2026-05-03|1012");
    }

    @Test
    void aFreshStepStartsAtTheFirstPageAndStopsAfterAShortPage() {
        CompositeKeySource source = new CompositeKeySource();
        OrderPageReader reader = new OrderPageReader(source, 5);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        reader.update(context);

        assertThat(context.containsKey(OrderPageReader.CURSOR)).as("nothing read, nothing to resume from").isFalse();
        assertThat(read(reader, 100)).hasSize(12);
        assertThat(reader.read()).isNull();
        reader.close();
        assertThat(source.askedAfter).containsExactly("null", "2026-05-02|1005", "2026-05-03|1010");
    }

    @Test
    void aStepThatFailedBeforeCursorsResumesFromItsNumericKey() {
        OrderSource numeric = new OrderSource() {
            @Override
            public List<CartOrder> page(String afterCursor, int limit) {
                long after = afterCursor == null ? 0 : Long.parseLong(afterCursor);
                List<CartOrder> page = new ArrayList<>();
                for (long id = after + 1; id <= 10 && page.size() < limit; id++) {
                    page.add(new CartOrder(Long.toString(id), Long.toString(id), Long.toString(id), null, null, null, null, List.of()));
                }
                return page;
            }

            @Override
            public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
                return Map.of();
            }
        };
        ExecutionContext before = new ExecutionContext();
        before.putLong(OrderPageReader.LAST_KEY, 7);
        OrderPageReader reader = new OrderPageReader(numeric, 2);
        reader.open(before);

        assertThat(read(reader, 100)).containsExactly("8", "9", "10");
        reader.close();
    }

    @Test
    void aPageFailureOnThePrefetchThreadFailsTheRead() {
        OrderSource failing = new OrderSource() {
            @Override
            public List<CartOrder> page(String afterCursor, int limit) {
                if (afterCursor != null) {
                    throw new IllegalStateException("cart database gone");
                }
                return List.of(new CartOrder("1", "1", "1", null, null, null, null, List.of()));
            }

            @Override
            public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
                return Map.of();
            }
        };
        OrderPageReader reader = new OrderPageReader(failing, 1);
        reader.open(new ExecutionContext());

        assertThat(reader.read().cartOrderId()).isEqualTo("1");
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("cart database gone");
        reader.close();
    }
}
