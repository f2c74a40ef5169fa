package org.liaisondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A gift given or received at a visit or event. Received gifts of 200 CNY or more must be declared. */
public record Gift(Long id, Long delegationId, Long eventId, GiftDirection direction, String item,
                   String counterpart, BigDecimal valueCny, LocalDate givenOn, LocalDate declaredOn, String notes) {
    public static final BigDecimal DECLARATION_THRESHOLD_CNY = BigDecimal.valueOf(200);

    /** "Within a month" is counted as 30 days, so the rule reads the same in every month. */
    public static final int DECLARATION_DAYS = 30;

    /** The last day on which a received gift may still be declared in time. */
    public LocalDate declarationDue() { return givenOn.plusDays(DECLARATION_DAYS); }

    /** A received gift at or over the threshold must be declared within 30 days of receipt. */
    public boolean declarationOverdue(LocalDate today) {
        return direction == GiftDirection.RECEIVED && declaredOn == null && valueCny != null
                && valueCny.compareTo(DECLARATION_THRESHOLD_CNY) >= 0 && today.isAfter(declarationDue());
    }
}
