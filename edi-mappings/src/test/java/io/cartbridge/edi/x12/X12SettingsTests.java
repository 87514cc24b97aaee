package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class X12SettingsTests {

    @Test
    void defaultsAre004010ZzProductionWithStarTildeGreaterThan() {
        X12Settings s = X12Settings.defaults("CARTBRIDGE", "ACMEWHSE");

        assertThat(s).isEqualTo(new X12Settings("004010", "ZZ", "CARTBRIDGE", "ZZ", "ACMEWHSE", 'P', '*', '~', '>', true));
        assertThat(s.interchangeVersion()).isEqualTo("00401");
        assertThat(s.isa11()).isEqualTo('U');
        assertThat(s.delimiters()).isEqualTo("*~>");
        assertThat(s.withVersion("005010").isa11()).isEqualTo('^');
        assertThat(s.withVersion("005010").delimiters()).isEqualTo("*~>^");
    }

    @Test
    void rejectsSettingsThatCannotMakeAValidInterchange() {
        assertThatIllegalArgumentException().isThrownBy(() -> X12Settings.defaults("CB", "W").withVersion("003040"))
                .withMessageContaining("receiverId");
        assertThatIllegalArgumentException().isThrownBy(() -> X12Settings.defaults("CB", "WH").withVersion("003040"))
                .withMessageContaining("003040");
        assertThatIllegalArgumentException().isThrownBy(() -> X12Settings.defaults("SIXTEEN_CHARS_ID", "WH"))
                .withMessageContaining("senderId");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new X12Settings("004010", "Z", "CB", "ZZ", "WH", 'P', '*', '~', '>', true))
                .withMessageContaining("senderQualifier");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new X12Settings("004010", "ZZ", "CB", "ZZ", "WH", 'X', '*', '~', '>', true))
                .withMessageContaining("usageIndicator");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new X12Settings("004010", "ZZ", "CB", "ZZ", "WH", 'P', '*', '*', '>', true))
                .withMessageContaining("used twice");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new X12Settings("005010", "ZZ", "CB", "ZZ", "WH", 'P', '*', '~', '^', true))
                .withMessageContaining("used twice");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new X12Settings("004010", "ZZ", "CB", "ZZ", "WH", 'P', 'A', '~', '>', true))
                .withMessageContaining("non-alphanumeric");
    }
}
