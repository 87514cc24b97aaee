package io.cartbridge.agent.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cartbridge.agent.inbound.ReceivedFormat;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.ValidationReport;

/** {@code validate FILE...}: envelopes, counts and control numbers; exit 1 if any file has an error. */
class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            throw new UsageException("validate needs at least one FILE");
        }
        boolean allValid = true;
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                err.println(name + ": no such file");
                allValid = false;
                continue;
            }
            ValidationReport report;
            try (InputStream in = Files.newInputStream(file)) {
                // each file by what it is; one no format recognises is checked as X12, which says why it is not
                report = ReceivedFormat.open(in, (format, stream) -> format.validate(stream));
            } catch (IOException e) {
                err.println(name + ": cannot read: " + e.getMessage());
                allValid = false;
                continue;
            }
            if (report.valid()) {
                out.println(name + ": valid " + report.format() + " " + describe(report.transactionSets()));
            } else {
                allValid = false;
                err.println(name + ": INVALID " + report.format() + ", " + report.errors().size() + " error(s)");
                for (EdiError e : report.errors()) {
                    err.printf("  segment %d%s: %s: %s%n", e.segmentPosition(),
                            e.segmentTag() == null ? "" : " (" + e.segmentTag() + ")", e.code(), e.message());
                }
            }
        }
        return allValid ? 0 : 1;
    }

    private static String describe(List<String> sets) {
        if (sets.isEmpty()) {
            return "(no transaction sets)";
        }
        return "(" + sets.size() + " transaction set" + (sets.size() == 1 ? "" : "s") + ": "
                + String.join(", ", sets.stream().distinct().toList()) + ")";
    }
}
