package io.cartbridge.edi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cartbridge.edi.edifact.EdifactCodeLists;
import io.cartbridge.edi.edifact.EdifactFormat;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.x12.X12CodeLists;
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

    /**
     * {@return the item id kind a setting names: a neutral name ({@code seller-sku}, {@code warehouse-item},
     * {@code gtin} ...), or, as synonyms kept from when settings spoke X12, an X12 product id qualifier (code list
     * 235: {@code SK}, {@code VN}, {@code UP} ...) or an EDIFACT item type (7143: {@code SA} ...), any case}
     */
    public static Optional<ItemIdKind> itemIdKind(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String code = setting.strip().toUpperCase(Locale.ROOT);
        return ItemIdKind.ofSetting(setting).or(() -> X12CodeLists.ITEM_IDS.find(code))
                .or(() -> EdifactCodeLists.ITEM_IDS.find(code));
    }

    /**
     * {@return the stock quantity kind a setting names: a neutral name ({@code available}, {@code on-hand} ...), or,
     * as synonyms, an X12 846 quantity qualifier (673: {@code 33}, {@code 17} ...) or an EDIFACT INVRPT one (6063:
     * {@code 198}, {@code 145} ...)}
     */
    public static Optional<QuantityKind> quantityKind(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String code = setting.strip().toUpperCase(Locale.ROOT);
        return QuantityKind.ofSetting(setting).filter(k -> k != QuantityKind.OTHER)
                .or(() -> X12CodeLists.QUANTITIES.find(code)).or(() -> EdifactCodeLists.QUANTITIES.find(code));
    }

    /** {@return every name {@link #itemIdKind} takes, for messages: the neutral names, then the X12 codes} */
    public static List<String> itemIdSettings() {
        List<String> names = new ArrayList<>();
        for (ItemIdKind kind : ItemIdKind.values()) {
            if (kind != ItemIdKind.OTHER) {
                names.add(kind.setting());
            }
        }
        names.addAll(X12CodeLists.ITEM_IDS.codes());
        return names;
    }

    /** {@return every name {@link #quantityKind} takes, for messages: the neutral names, then the X12 and EDIFACT codes} */
    public static List<String> quantitySettings() {
        List<String> names = new ArrayList<>();
        for (QuantityKind kind : QuantityKind.values()) {
            if (kind != QuantityKind.OTHER) {
                names.add(kind.setting());
            }
        }
        names.addAll(X12CodeLists.QUANTITIES.codes());
        names.addAll(EdifactCodeLists.QUANTITIES.codes());
        return names;
    }

    /**
     * {@return an acknowledgment read in any format, its functional identifier and acknowledged document types in
     * {@code target}'s terms (X12 {@code OW}/{@code 940} become EDIFACT {@code ORDERS}, XML {@code WarehouseOrders}),
     * through {@link DocumentKind}; identifiers of no known kind are kept}
     */
    public static io.cartbridge.edi.model.FunctionalAck ackIn(WarehouseFormat target, io.cartbridge.edi.model.FunctionalAck ack) {
        DocumentKind group = X12CodeLists.FUNCTIONAL_IDS.find(ack.functionalIdentifier()).orElseGet(() -> kindOf(ack.functionalIdentifier()));
        String functionalIdentifier = group == null ? ack.functionalIdentifier()
                : target.name().equals(X12Format.NAME) ? X12CodeLists.FUNCTIONAL_IDS.codeOf(group, ack.functionalIdentifier())
                : firstType(target, group, ack.functionalIdentifier());
        List<io.cartbridge.edi.model.TransactionAck> transactions = new ArrayList<>();
        for (io.cartbridge.edi.model.TransactionAck t : ack.transactions()) {
            DocumentKind kind = kindOf(t.transactionSetId());
            transactions.add(new io.cartbridge.edi.model.TransactionAck(kind == null ? t.transactionSetId()
                    : firstType(target, kind, t.transactionSetId()), t.controlNumber(), t.status(), t.errors()));
        }
        return new io.cartbridge.edi.model.FunctionalAck(ack.senderId(), ack.interchangeControlNumber(), functionalIdentifier,
                ack.groupControlNumber(), ack.status(), transactions);
    }

    private static String firstType(WarehouseFormat target, DocumentKind kind, String keep) {
        Set<String> types = target.documentTypes(kind);
        if (types.contains(keep)) {
            return keep;
        }
        return types.isEmpty() ? keep : new TreeSet<>(types).first();
    }
}
