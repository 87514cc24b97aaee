package io.cartbridge.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdiExceptionTests {

    @Test
    void messageListsEveryErrorWithPositionTagAndCode() {
        EdiException e = new EdiException("Rejected X12 940 file", List.of(
                new EdiError(32, "GE", "GE02_MISMATCH", "GE02 '1' does not match GS06 '2'."),
                new EdiError(0, null, "EMPTY", "The file is empty.")));

        assertThat(e.getMessage()).isEqualTo("""
                Rejected X12 940 file (2 errors):
                  segment 32 (GE) GE02_MISMATCH: GE02 '1' does not match GS06 '2'.
                  unknown segment EMPTY: The file is empty.""");
        assertThat(e.errors()).extracting(EdiError::segmentTag).containsExactly("GE", "");
    }

    @Test
    void needsAtLeastOneError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EdiException("x", List.of()));
    }

    @Test
    void reportIsValidOnlyWithoutErrors() {
        assertThat(new ValidationReport("X12", List.of("940"), List.of()).valid()).isTrue();
        assertThat(new ValidationReport("UNKNOWN", List.of(), List.of(new EdiError(0, "", "EMPTY", "Empty."))).valid())
                .isFalse();
    }
}
