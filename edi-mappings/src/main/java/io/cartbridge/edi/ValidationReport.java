package io.cartbridge.edi;

import java.util.List;

/**
 * The outcome of validating an EDI file.
 *
 * @param format          {@code "X12"}, or {@code "UNKNOWN"} when the file does not start with a
 *                        recognised header
 * @param transactionSets the transaction set ids (ST01) in file order, for example
 *                        {@code ["940", "940"]}; empty when none could be read
 * @param errors          every error found, in file order; empty when the file is valid
 * @since 0.1
 */
public record ValidationReport(String format, List<String> transactionSets, List<EdiError> errors) {

    public ValidationReport {
        transactionSets = List.copyOf(transactionSets);
        errors = List.copyOf(errors);
    }

    /** {@return {@code true} when no error was found} */
    public boolean valid() {
        return errors.isEmpty();
    }
}
