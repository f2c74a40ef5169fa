package org.liaisondesk.domain;

import java.util.List;

/** One kind's part of a global search: how many records match, and the best few, ranked. */
public record SearchHit(RecordKind kind, int total, List<ListRow> best) {
}
