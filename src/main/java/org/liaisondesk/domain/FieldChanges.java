package org.liaisondesk.domain;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields in which two versions of a record differ, as text: old → new. */
public final class FieldChanges {
    /** Bookkeeping, not content. */
    private static final Set<String> SKIPPED = Set.of("id", "createdAt", "updatedAt");

    private FieldChanges() {}

    /**
     * {@code before} or {@code after} may be null (a record created or deleted): then every field
     * with a value is listed.
     */
    public static Map<String, List<String>> between(Record before, Record after) {
        Record shape = before != null ? before : after;
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (shape == null) return out;
        for (RecordComponent c : shape.getClass().getRecordComponents()) {
            if (SKIPPED.contains(c.getName())) continue;
            String old = text(value(c, before)), now = text(value(c, after));
            if (!old.equals(now)) out.put(c.getName(), List.of(old, now));
        }
        return out;
    }

    private static Object value(RecordComponent c, Record r) {
        if (r == null) return null;
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof PartialDate d) return d.iso();
        if (v instanceof Tags t) return t.joined() == null ? "" : t.joined();
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof Collection<?> c) return String.join(", ", c.stream().map(FieldChanges::text).toList());
        if (v instanceof java.math.BigDecimal b) return b.stripTrailingZeros().toPlainString();
        return v.toString();
    }
}
