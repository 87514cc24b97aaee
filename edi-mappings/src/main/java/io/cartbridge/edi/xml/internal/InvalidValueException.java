package io.cartbridge.edi.xml.internal;

/** A value the XSD accepts but the canonical model cannot take (a date out of range, say). */
public final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
