package org.liaisondesk.domain.reminder;

/** What a reminder is about; each belongs to the dashboard's "coming up" or "due" list. */
public enum ReminderKind {
    DELEGATION_COMING(true),
    EVENT_COMING(true),
    AGREEMENT_EXPIRING(false),
    AGREEMENT_REVIEW(false),
    GIFT_UNDECLARED(false),
    PASSPORT_EXPIRING(false),
    SUMMARY_DUE(false);

    private final boolean coming;

    ReminderKind(boolean coming) { this.coming = coming; }

    /** True for what is coming up (visits, events); false for what is due. */
    public boolean coming() { return coming; }
}
