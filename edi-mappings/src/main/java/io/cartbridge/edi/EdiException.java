package io.cartbridge.edi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by document readers when a file cannot be accepted. Carries every {@link EdiError}
 * found (at least one); the message lists them, one per line after a summary.
 *
 * @since 0.1
 */
public class EdiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EdiError> errors;

    /**
     * @param summary what was being done, for example {@code "Rejected X12 940 file"}
     * @param errors  the errors, at least one
     * @throws IllegalArgumentException when {@code errors} is empty
     */
    public EdiException(String summary, List<EdiError> errors) {
        super(message(summary, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an EdiException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** {@return the errors, in file order; never empty} */
    public List<EdiError> errors() {
        return errors;
    }

    private static String message(String summary, List<EdiError> errors) {
        return summary + " (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):"
                + errors.stream().map(e -> "\n  " + e).collect(Collectors.joining());
    }
}
