package org.liaisondesk.domain.timeline;

import java.util.List;
import org.liaisondesk.domain.RecordKind;

/**
 * One dated record on the timeline, in epoch days (start and end inclusive). A year- or
 * month-precise date covers its whole year or month, and says so by a fuzzy edge.
 *
 * @param point   drawn as a mark at {@code start} (an agreement's signing), with a bar to {@code end} if any
 */
public record TimelineItem(RecordKind kind, long id, String title, long start, long end, boolean fuzzyStart,
                           boolean fuzzyEnd, Style style, List<String> countries, List<Long> organisations,
                           String when) {
    /** How an item is drawn besides its kind's colour. */
    public enum Style { PLAIN, INCOMING, OUTGOING, EVERGREEN, ONGOING }

    public TimelineItem {
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        if (end < start) end = start;
    }

    public long days() { return end - start + 1; }
}
