package io.cartbridge.agent.inbound;

import java.nio.charset.StandardCharsets;

/**
 * Who sent an X12 interchange, to whom, and its control number, read from the fixed-length ISA segment at the
 * start of a file (the element separator is the character after "ISA"). Null fields when the file does not start
 * with a usable ISA; the validator says why.
 *
 * @param senderId          ISA06
 * @param controlNumber     ISA13
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08: the shop's own id at the partner, which tells the partner's shops apart
 */
record InterchangeHeader(String senderId, String controlNumber, String receiverQualifier, String receiverId) {

    InterchangeHeader(String senderId, String controlNumber) {
        this(senderId, controlNumber, null, null);
    }

    static InterchangeHeader of(byte[] start) {
        String text = new String(start, 0, Math.min(start.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
        if (text.length() < 106 || !text.startsWith("ISA")) {
            return new InterchangeHeader(null, null);
        }
        String[] elements = text.substring(0, 106).split(java.util.regex.Pattern.quote(String.valueOf(text.charAt(3))), -1);
        if (elements.length < 14) {
            return new InterchangeHeader(null, null);
        }
        return new InterchangeHeader(elements[6].trim(), elements[13].trim(), elements[7].trim(), elements[8].trim());
    }
}
