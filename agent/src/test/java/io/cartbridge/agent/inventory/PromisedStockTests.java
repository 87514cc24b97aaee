package io.cartbridge.agent.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.ledger.OrderLedger.InFlight;
import org.junit.jupiter.api.Test;

/** The promised-stock rule on its own: which orders a snapshot had not counted, and what is left to sell. */
class PromisedStockTests {

    static final LocalDateTime AS_OF = LocalDateTime.of(2026, 11, 20, 12, 0);

    /** Units per SKU of each cart order, as the cart would report them. */
    static final Map<String, Map<String, BigDecimal>> LINES = Map.of(
            "7001", Map.of("SKU-A", units(3)),
            "7002", Map.of("SKU-A", units(2), "SKU-B", units(1)),
            "7003", Map.of("SKU-B", units(4)));

    final List<String> asked = new ArrayList<>();

    @Test
    void anOrderNotUploadedYetIsPromised() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", null, false));

        assertThat(promised.sellable("SKU-A", units(10))).isEqualByComparingTo("7");
    }

    @Test
    void anOrderUploadedAfterTheSnapshotWasTakenIsPromised() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", AS_OF.plusSeconds(1), false));

        assertThat(promised.sellable("SKU-A", units(10))).isEqualByComparingTo("7");
    }

    @Test
    void anOrderUploadedBeforeOrAtTheSnapshotTimeIsAlreadyInTheWarehousesFigure() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", AS_OF.minusMinutes(5), false),
                new InFlight("7002", AS_OF, false));

        assertThat(promised.sellable("SKU-A", units(10))).isEqualByComparingTo("10");
        assertThat(asked).as("orders the warehouse had seen are not looked up in the cart").isEmpty();
    }

    @Test
    void anOrderShippedSinceIsNotPromisedAnyMore() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", null, true), new InFlight("7002", AS_OF.plusHours(1), true));

        assertThat(promised.sellable("SKU-A", units(10))).isEqualByComparingTo("10");
        assertThat(asked).isEmpty();
    }

    @Test
    void theUnitsOfSeveralUnseenOrdersAddUpPerSku() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", null, false), new InFlight("7002", AS_OF.plusHours(1), false),
                new InFlight("7003", AS_OF.minusHours(1), false));

        assertThat(promised.sellable("SKU-A", units(10))).as("3 + 2").isEqualByComparingTo("5");
        assertThat(promised.sellable("SKU-B", units(10))).as("1; order 7003 was seen").isEqualByComparingTo("9");
        assertThat(promised.sellable("SKU-C", units(10))).as("nothing promised").isEqualByComparingTo("10");
        assertThat(asked).containsExactly("7001", "7002");
    }

    @Test
    void neverBelowZero() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", null, false), new InFlight("7002", null, false));

        assertThat(promised.sellable("SKU-A", units(4))).isEqualByComparingTo("0");
        assertThat(promised.sellable("SKU-A", units(5))).isEqualByComparingTo("0");
        assertThat(promised.sellable("SKU-A", units(6))).isEqualByComparingTo("1");
    }

    @Test
    void aSnapshotWithoutATimeSubtractsNothingAndAsksTheLedgerNothing() {
        List<LocalDateTime> ledgerAsked = new ArrayList<>();
        PromisedStock promised = PromisedStock.at(null, time -> {
            ledgerAsked.add(time);
            return List.of(new InFlight("7001", null, false));
        }, this::lines);

        assertThat(promised.sellable("SKU-A", units(10))).isEqualByComparingTo("10");
        assertThat(ledgerAsked).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void fractionalWarehouseQuantitiesKeepTheirFraction() {
        PromisedStock promised = at(AS_OF, new InFlight("7001", null, false));

        assertThat(promised.sellable("SKU-A", new BigDecimal("10.5"))).isEqualByComparingTo("7.5");
    }

    private PromisedStock at(LocalDateTime asOf, InFlight... orders) {
        return PromisedStock.at(asOf, time -> {
            assertThat(time).isEqualTo(asOf);
            return List.of(orders);
        }, this::lines);
    }

    private Map<String, BigDecimal> lines(String cartOrderId) {
        asked.add(cartOrderId);
        return LINES.get(cartOrderId);
    }

    private static BigDecimal units(int n) {
        return BigDecimal.valueOf(n);
    }
}
