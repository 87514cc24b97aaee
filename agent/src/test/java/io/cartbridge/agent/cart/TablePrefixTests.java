package io.cartbridge.agent.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A table prefix goes into SQL text: only a plain identifier passes, in the settings and in every platform's SQL. */
class TablePrefixTests {

    @Test
    void lettersDigitsAndUnderscoresUpTo32PassAsTheyAre() {
        assertThat(TablePrefix.checked("wp_")).isEqualTo("wp_");
        assertThat(TablePrefix.checked("")).as("no prefix at all").isEmpty();
        assertThat(TablePrefix.checked("Shop_2_" + "x".repeat(25))).hasSize(32);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(TablePrefix.valid(null)).isFalse();
        assertThat(TablePrefix.valid("x".repeat(33))).as("33 characters").isFalse();
        assertThat(TablePrefix.valid("wp_; DROP TABLE x; --")).isFalse();
        assertThat(TablePrefix.valid("wp-")).isFalse();
        assertThat(TablePrefix.valid("wp`")).isFalse();
        assertThatThrownBy(() -> TablePrefix.checked("a.b_")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid table prefix");
    }
}
