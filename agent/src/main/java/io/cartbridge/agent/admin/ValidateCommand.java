package io.cartbridge.agent.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cartbridge.agent.inbound.ReceivedFormat;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;

/**
 * {@code validate FILE...}: envelopes, counts and control numbers, then every document read as the jobs read it (a 945
 * without its W06, a DESADV without an order reference, an XML item without a quantity are errors too); exit 1 if any
 * file has an error.
 */
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
            List<EdiError> errors = report.errors();
            String read = "";
            if (report.valid()) {
                try {
                    read = read(file);
                } catch (EdiException e) {
                    errors = e.errors();
                } catch (IOException e) {
                    err.println(name + ": cannot read: " + e.getMessage());
                    allValid = false;
                    continue;
                }
            }
            if (errors.isEmpty()) {
                out.println(name + ": valid " + report.format() + " " + describe(report.transactionSets()) + read);
            } else {
                allValid = false;
                err.println(name + ": INVALID " + report.format() + ", " + errors.size() + " error(s)");
                for (EdiError e : errors) {
                    err.printf("  segment %d%s: %s: %s%n", e.segmentPosition(),
                            e.segmentTag() == null ? "" : " (" + e.segmentTag() + ")", e.code(), e.message());
                }
            }
        }
        return allValid ? 0 : 1;
    }

    /**
     * Reads every document of a file whose envelopes are valid, as the imports would, and says how many it holds.
     *
     * @throws EdiException what a reader rejects, with its position
     */
    private static String read(Path file) throws IOException {
        WarehouseFormat format;
        try (InputStream in = Files.newInputStream(file)) {
            format = WarehouseFormats.detect(in.readNBytes(512)).orElse(null);
        }
        if (format == null) {
            return "";
        }
        List<String> types;
        try (InputStream in = Files.newInputStream(file)) {
            types = format.validate(in).transactionSets().stream().distinct().toList();
        }
        if (types.size() != 1) {
            return "";   // the readers take one document type a file, as the jobs receive them
        }
        long documents = 0;
        for (String type : types) {
            DocumentKind kind = format.kindOf(type);
            if (kind == null) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                documents += switch (kind) {
                    case ORDER -> format.orders(in).size();
                    case SHIPMENT_CONFIRMATION -> count(format.shipmentConfirmations(type, in));
                    case INVENTORY_SNAPSHOT -> count(format.inventorySnapshot(in));
                    case ACKNOWLEDGMENT -> count(format.acknowledgments(in));
                };
            }
        }
        return ", " + documents + " document" + (documents == 1 ? "" : "s") + " read";
    }

    private static long count(EdiItemReader<?> reader) throws IOException {
        try (reader) {
            long n = 0;
            while (reader.next() != null) {
                n++;
            }
            return n;
        }
    }

    private static String describe(List<String> sets) {
        if (sets.isEmpty()) {
            return "(no transaction sets)";
        }
        return "(" + sets.size() + " transaction set" + (sets.size() == 1 ? "" : "s") + ": "
                + String.join(", ", sets.stream().distinct().toList()) + ")";
    }
}
