package org.liaisondesk.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Free labels on a record ("sample", "border", "UN"), kept in the order given, without repeats. */
public record Tags(List<String> values) {
    public static final Tags NONE = new Tags(List.of());
    /** Marks invented demonstration records, so that they are never taken for history. */
    public static final String SAMPLE = "sample";

    public Tags {
        values = values == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    public static Tags of(String... values) { return new Tags(Arrays.asList(values)); }

    /** Reads "a; b", "a,b", "a；b" or "a，b". */
    public static Tags parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        return new Tags(Arrays.asList(text.split("[;,；，]")));
    }

    public boolean contains(String tag) { return values.contains(tag); }

    public String joined() { return String.join(";", values); }

    @Override
    public String toString() { return joined(); }
}
