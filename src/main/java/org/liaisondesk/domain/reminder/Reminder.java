package org.liaisondesk.domain.reminder;

import java.time.LocalDate;
import java.util.List;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.RecordKind;

/**
 * One thing on the dashboard that needs the office: the record behind it (to open it), the day it
 * is about and how many days away that is (negative: overdue), labels such as a delegation's
 * direction and status, a subject (a member's name, a gift) and, for visits, what their checklist lacks.
 */
public record Reminder(ReminderKind kind, RecordKind record, long recordId, String title, LocalDate date, long days,
                       List<Labelled> labels, String subject, List<ChecklistGap> gaps) {
    public Reminder {
        labels = List.copyOf(labels);
        gaps = List.copyOf(gaps);
    }

    public boolean overdue() { return days < 0; }
}
