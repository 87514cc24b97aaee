package io.cartbridge.edi.edifact.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The character sets the EDIFACT syntax identifiers (UNB 0001) imply, and how text is made to fit
 * one when writing.
 *
 * <p>Reading: UNOA and UNOB are 7-bit ASCII (level A is the upper-case subset, but lower-case
 * letters in a UNOA file are accepted, as many senders write them), UNOC to UNOK the ISO 8859 parts
 * 1, 2, 5, 7, 3, 4, 6, 8 and 9, UNOW and UNOY UTF-8.
 *
 * <p>Writing ({@link #fit}): control characters become spaces; a character the set cannot hold is
 * transliterated: a few fixed replacements ({@code ß} to {@code ss} outside Latin-1, {@code Æ}
 * to {@code AE}, {@code Œ} to {@code OE}, {@code Ø} to {@code O}, {@code Ł} to {@code L}, {@code €} to
 * {@code EUR}, typographic quotes and dashes to ASCII ones), else the letter without its
 * diacritics ({@code é} to {@code e}); what still does not fit becomes {@code '?'}. UNOA text is
 * UNOW holds every character of the Basic Multilingual Plane; one beyond it (an emoji) becomes
 * {@code '?'}, as StAEDI cannot read UTF-8 sequences of four bytes. UNOA text is
 * then upper-cased, and any character outside level A ({@code A-Z 0-9 space . , - ( ) / = ' + : ? ! " % & * ; < >})
 * becomes {@code '?'}: an e-mail address {@code ann@example.com} is written {@code ANN?EXAMPLE.COM}.
 */
public final class CharacterSets {

    /** The characters of UNOA (syntax level A). */
    public static final String LEVEL_A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>";

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Ł', "L"),
            Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Þ', "TH"),
            Map.entry('þ', "th"), Map.entry('€', "EUR"), Map.entry('\u2018', "'"), Map.entry('\u2019', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"),
            Map.entry('\u00A0', " "));

    private CharacterSets() {
    }

    /** {@return the charset of a syntax identifier, or {@code null} when it is not one CartBridge reads} */
    public static Charset charsetOf(String syntaxIdentifier) {
        return switch (syntaxIdentifier == null ? "" : syntaxIdentifier) {
            case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
            case "UNOC" -> StandardCharsets.ISO_8859_1;
            case "UNOD" -> Charset.forName("ISO-8859-2");
            case "UNOE" -> Charset.forName("ISO-8859-5");
            case "UNOF" -> Charset.forName("ISO-8859-7");
            case "UNOG" -> Charset.forName("ISO-8859-3");
            case "UNOH" -> Charset.forName("ISO-8859-4");
            case "UNOI" -> Charset.forName("ISO-8859-6");
            case "UNOJ" -> Charset.forName("ISO-8859-8");
            case "UNOK" -> Charset.forName("ISO-8859-9");
            case "UNOW", "UNOY" -> StandardCharsets.UTF_8;
            default -> null;
        };
    }

    /**
     * {@return the charset to decode a file declared {@code syntaxIdentifier} with: ASCII sets are
     * decoded as ISO 8859-1 so that stray 8-bit bytes can be reported rather than silently replaced}
     */
    public static Charset decodingCharset(String syntaxIdentifier) {
        Charset charset = charsetOf(syntaxIdentifier);
        return charset == null || charset == StandardCharsets.US_ASCII ? StandardCharsets.ISO_8859_1 : charset;
    }

    /**
     * {@return the first character of {@code text} that a file declared {@code syntaxIdentifier}
     * may not hold (8-bit in UNOA/UNOB, a replacement character from undecodable UTF-8), or -1}
     */
    public static int firstInvalid(String syntaxIdentifier, String text) {
        boolean ascii = "UNOA".equals(syntaxIdentifier) || "UNOB".equals(syntaxIdentifier);
        boolean utf8 = "UNOW".equals(syntaxIdentifier) || "UNOY".equals(syntaxIdentifier);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((ascii && c > 0x7E) || (utf8 && c == '\uFFFD') || c < ' ') {
                return i;
            }
        }
        return -1;
    }

    /** {@return {@code text} made to fit {@code syntaxIdentifier}'s character set (see the class description)} */
    public static String fit(String syntaxIdentifier, String text) {
        boolean upper = "UNOA".equals(syntaxIdentifier);
        int limit = switch (syntaxIdentifier) {
            case "UNOA", "UNOB" -> 0x7E;
            case "UNOC" -> 0xFF;
            default -> 0xFFFF;
        };
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> append(out, cp, limit));
        String result = out.toString();
        if (!upper) {
            return result;
        }
        StringBuilder a = new StringBuilder(result.length());
        for (char c : result.toUpperCase(Locale.ROOT).toCharArray()) {
            a.append(LEVEL_A.indexOf(c) >= 0 ? c : '?');
        }
        return a.toString();
    }

    private static void append(StringBuilder out, int cp, int limit) {
        if (cp < ' ' || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            out.append(' ');
        } else if (cp <= limit) {
            out.appendCodePoint(cp);
        } else {
            String replacement = cp <= 0xFFFF ? REPLACEMENTS.get((char) cp) : null;
            if (replacement == null) {
                replacement = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "");
            }
            replacement.codePoints().forEach(c -> {
                if (c <= limit && c >= ' ') {
                    out.appendCodePoint(c);
                } else {
                    out.append('?');
                }
            });
        }
    }
}
