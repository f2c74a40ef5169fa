package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.PartialDate;

/** An event that is not over yet. */
public record UpcomingEvent(long id, String title, EventKind kind, PartialDate startDate, PartialDate endDate) {
}
