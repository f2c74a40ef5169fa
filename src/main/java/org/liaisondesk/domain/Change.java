package org.liaisondesk.domain;

import java.time.LocalDateTime;
import java.util.List;

/** A record's change as the history shows it: when, what was done, and each field before and after. */
public record Change(LocalDateTime at, String action, String title, List<Field> fields) {
    public record Field(String name, String before, String after) {}
}
