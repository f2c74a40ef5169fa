package org.liaisondesk.domain.reminder;

import java.time.LocalDate;
import java.util.List;

/** What the dashboard tells the office on a given day. */
public record Agenda(LocalDate today, List<Reminder> coming, List<Reminder> due, List<QuietPartner> quiet,
                     long quietTotal) {
    public long overdue() { return due.stream().filter(Reminder::overdue).count(); }
}
