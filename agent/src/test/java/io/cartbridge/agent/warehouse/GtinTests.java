package io.cartbridge.agent.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTests {

    /** GTIN-8, UPC-A, EAN-13 and GTIN-14 from GS1's and the trade's own examples. */
    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "012345678905", "4006381333931", "5901234123457", "10614141000415"})
    void realGtinsPass(String gtin) {
        assertThat(Gtin.problem(gtin)).isNull();
    }

    @Test
    void aWrongCheckDigitSaysWhichItShouldBe() {
        assertThat(Gtin.problem("036000291453")).isEqualTo("has check digit 3, not 2");
        assertThat(Gtin.problem("5901234123450")).isEqualTo("has check digit 0, not 7");
        assertThat(Gtin.problem("10614141000416")).isEqualTo("has check digit 6, not 5");
    }

    @Test
    void anythingButEightTwelveThirteenOrFourteenDigitsIsNoGtin() {
        assertThat(Gtin.problem("12345")).isEqualTo("is not 8, 12, 13 or 14 digits");
        assertThat(Gtin.problem("40063813339X1")).isEqualTo("is not 8, 12, 13 or 14 digits");
        assertThat(Gtin.problem(null)).isEqualTo("is not 8, 12, 13 or 14 digits");
    }
}
