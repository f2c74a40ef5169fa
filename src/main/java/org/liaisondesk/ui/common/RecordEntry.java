package org.liaisondesk.ui.common;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.RecordKind;

/** A line naming a record in a result or related list, or (id null) the header of a group. */
public record RecordEntry(RecordKind kind, Long id, String title, String detail) {
    public boolean header() { return id == null; }

    public static RecordEntry header(RecordKind kind, String title) { return new RecordEntry(kind, null, title, null); }

    /** The row's first cell as the title; its next few non-empty cells as the detail line. */
    public static RecordEntry of(RecordKind kind, ListRow r) {
        String detail = Stream.of(r.cells()).skip(1).filter(c -> c != null && !c.isBlank()).limit(3)
                .collect(Collectors.joining(" · "));
        return new RecordEntry(kind, r.id(), r.cell(0), detail);
    }
}
