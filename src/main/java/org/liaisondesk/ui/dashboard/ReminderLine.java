package org.liaisondesk.ui.dashboard;

import org.liaisondesk.domain.RecordKind;

/** A dashboard line as the user reads it, and the record it opens. */
public record ReminderLine(String when, String relative, String title, String detail, boolean urgent, RecordKind kind, long id) {
}
