package org.liaisondesk.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A record's change as the history shows it: when, what was done, and each field before and after.
 * {@code part} names the kind of part changed (DELEGATION_MEMBER, ITINERARY_ITEM, GIFT, VISIT_PLAN,
 * BUDGET_LINE), null when the record itself changed; {@code title} is then the part's.
 */
public record Change(LocalDateTime at, String action, String title, List<Field> fields, String part) {
    public record Field(String name, String before, String after) {}
}
