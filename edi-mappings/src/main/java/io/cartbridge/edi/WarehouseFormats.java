package io.cartbridge.edi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cartbridge.edi.edifact.EdifactFormat;
import io.cartbridge.edi.x12.X12Format;
import io.cartbridge.edi.xml.XmlFormat;

/**
 * The formats CartBridge reads and writes, by name or by a file's first bytes ({@code ISA}: X12, {@code UNA} or
 * {@code UNB}: EDIFACT, {@code <}: XML), as StAEDI's {@code EDIInputFactory} detects its dialects.
 *
 * @since 0.2
 */
public final class WarehouseFormats {

    private static final List<WarehouseFormat> FORMATS = new CopyOnWriteArrayList<>(List.of(new X12Format(), new EdifactFormat(), new XmlFormat()));

    private WarehouseFormats() {
    }

    /** Adds a format (a format's package registers itself; tests may add one). */
    public static void register(WarehouseFormat format) {
        FORMATS.removeIf(f -> f.name().equals(format.name()));
        FORMATS.add(format);
    }

    /** {@return every format, in the order they were registered} */
    public static List<WarehouseFormat> all() {
        return List.copyOf(FORMATS);
    }

    /**
     * {@return the format of that name (any case)}
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static WarehouseFormat named(String name) {
        String wanted = name == null ? X12Format.NAME : name.trim().toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.name().equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no format '" + name + "'; formats: " + String.join(", ", FORMATS.stream().map(WarehouseFormat::name).toList())));
    }

    /** {@return the format of the label a validation report or the ledger records ({@code X12}), if there is one} */
    public static Optional<WarehouseFormat> labelled(String label) {
        return FORMATS.stream().filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }

    /** {@return the format of a file that starts with these bytes, if any recognises it} */
    public static Optional<WarehouseFormat> detect(byte[] start) {
        return FORMATS.stream().filter(f -> f.recognizes(start)).findFirst();
    }

    /** {@return every format's document types of that kind} */
    public static List<String> documentTypes(DocumentKind kind) {
        Set<String> types = new TreeSet<>();
        FORMATS.forEach(f -> types.addAll(f.documentTypes(kind)));
        return new ArrayList<>(types);
    }

    /** {@return what a document type is for, in whichever format uses it, or null} */
    public static DocumentKind kindOf(String documentType) {
        return FORMATS.stream().map(f -> f.kindOf(documentType)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
