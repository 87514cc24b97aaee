package io.cartbridge.agent.warehouse;

/**
 * GS1's check of a GTIN (GTIN-8, UPC-A as GTIN-12, EAN-13, GTIN-14): the last digit is the mod-10 check digit of
 * the others, weighted 3 and 1 from the right. A wrong one is a typo in the catalogue that would make the warehouse
 * pick, or count, another product.
 */
public final class Gtin {

    private Gtin() {
    }

    /**
     * What is wrong with the GTIN, or null when it is a valid one.
     *
     * @return "is not 8, 12, 13 or 14 digits" or "has check digit 3, not 1"
     */
    public static String problem(String gtin) {
        String digits = gtin == null ? "" : gtin.trim();
        if (!digits.matches("\\d{8}|\\d{12,14}")) {
            return "is not 8, 12, 13 or 14 digits";
        }
        int expected = checkDigit(digits.substring(0, digits.length() - 1));
        int actual = digits.charAt(digits.length() - 1) - '0';
        return expected == actual ? null : "has check digit " + actual + ", not " + expected;
    }

    /** The check digit of these digits (a GTIN without its last digit). */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
