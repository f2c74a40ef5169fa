package org.liaisondesk.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a delete would touch: for each kind of record, how many point at the one being deleted. */
public record References(Map<RecordKind, Long> counts) {
    public References {
        EnumMap<RecordKind, Long> copy = new EnumMap<>(RecordKind.class);
        counts.forEach((k, v) -> { if (v != null && v > 0) copy.put(k, v); });
        counts = Collections.unmodifiableMap(copy);
    }

    public static References none() { return new References(Map.of()); }

    public boolean isEmpty() { return counts.isEmpty(); }
}
