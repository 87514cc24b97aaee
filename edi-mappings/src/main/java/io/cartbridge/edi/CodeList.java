package io.cartbridge.edi;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One format's codes for a neutral kind of the canonical model (X12 code list 235 for {@code ItemIdKind}, EDIFACT
 * 6063 for {@code QuantityKind} ...), both ways: each kind has the code the format writes by default and may have
 * more codes that read as it. A format keeps its code lists in its own package; the model and the agent only see
 * the kinds.
 *
 * @param <K> the neutral kind
 * @since 0.3
 */
public final class CodeList<K extends Enum<K>> {

    private final Map<K, String> defaults;
    private final Map<String, K> kinds = new HashMap<>();
    private final K other;

    private CodeList(Class<K> type, K other) {
        this.defaults = new EnumMap<>(type);
        this.other = other;
    }

    /** {@return an empty code list of that kind type; {@code other} is the kind of a code the list does not hold} */
    public static <K extends Enum<K>> CodeList<K> of(Class<K> type, K other) {
        return new CodeList<>(type, other);
    }

    /** Adds a kind with the code written for it first, then the other codes that read as it. */
    public CodeList<K> add(K kind, String code, String... synonyms) {
        defaults.put(kind, code);
        kinds.put(code, kind);
        for (String s : synonyms) {
            kinds.put(s, kind);
        }
        return this;
    }

    /** {@return the kind of a code, or the list's {@code other} kind for a code it does not hold or {@code null}} */
    public K kindOf(String code) {
        return code == null ? other : kinds.getOrDefault(code.strip(), other);
    }

    /** {@return the kind of a code, if the list holds the code} */
    public Optional<K> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(kinds.get(code.strip()));
    }

    /**
     * {@return the code to write for a kind: {@code rawCode} when it is one of the kind's codes in this list (so that
     * a file written back keeps its codes), else the kind's default, else {@code rawCode} (an {@code other} kind
     * keeps the code it came with); {@code null} when there is none}
     */
    public String codeOf(K kind, String rawCode) {
        Objects.requireNonNull(kind, "kind");
        if (rawCode != null && kinds.get(rawCode) == kind) {
            return rawCode;
        }
        String code = defaults.get(kind);
        return code != null ? code : rawCode;
    }

    /** {@return every code of the list, sorted} */
    public List<String> codes() {
        return kinds.keySet().stream().sorted().toList();
    }
}
