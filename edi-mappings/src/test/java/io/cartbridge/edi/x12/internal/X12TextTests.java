package io.cartbridge.edi.x12.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class X12TextTests {

    private final X12Text text = new X12Text("*~>^");

    @Test
    void keepsCleanTextAsIs() {
        assertThat(text.clean("Blue mug, 12 oz (set of 2)", 45)).isEqualTo("Blue mug, 12 oz (set of 2)");
        assertThat(text.clean("Zoë Müller, Łódź", 60)).isEqualTo("Zoë Müller, Łódź");
    }

    @Test
    void replacesDelimitersAndControlCharactersWithOneSpace() {
        assertThat(text.clean("a*b~c>d^e", 60)).isEqualTo("a b c d e");
        assertThat(text.clean("  line\r\n\tnext\u0000\u0085end \u2028 ", 60)).isEqualTo("line next end");
        assertThat(text.clean("a***b", 60)).isEqualTo("a b");
    }

    @Test
    void dropsEmojiInvisibleCharactersAndLoneSurrogates() {
        assertThat(text.clean("Gift 🎁 box", 60)).isEqualTo("Gift box");
        assertThat(text.clean("zero\u200Bwidth\u00AD\uFEFF", 60)).isEqualTo("zerowidth");
        assertThat(text.clean("a\uD800b\uFFFF", 60)).isEqualTo("ab");
    }

    @Test
    void cutsToTheMaximumWithoutTrailingSpace() {
        assertThat(text.clean("abcde fghij", 6)).isEqualTo("abcde");
        assertThat(text.clean("Łódźłódź", 4)).isEqualTo("Łódź");
    }

    @Test
    void nullEmptyAndBlankBecomeEmpty() {
        assertThat(text.clean(null, 10)).isEmpty();
        assertThat(text.clean("", 10)).isEmpty();
        assertThat(text.clean(" *~ \n", 10)).isEmpty();
    }

    @Test
    void spacesAreCollapsedAndTrimmedWhereverTheyStand() {
        assertThat(text.clean(" lead", 60)).isEqualTo("lead");
        assertThat(text.clean("trail ", 60)).isEqualTo("trail");
        assertThat(text.clean("two  spaces", 60)).isEqualTo("two spaces");
        assertThat(text.clean("space\ttab", 60)).isEqualTo("space tab");
        assertThat(text.clean("before *star", 60)).isEqualTo("before star");
        assertThat(text.clean("before \u00A0nbsp", 60)).isEqualTo("before nbsp");
        assertThat(text.clean("one space é", 60)).isEqualTo("one space é");
        assertThat(new X12Text("|~>").clean("a | b", 60)).isEqualTo("a b");
    }
}
