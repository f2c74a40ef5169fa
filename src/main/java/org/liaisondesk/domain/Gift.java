package org.liaisondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A gift given or received at a visit or event. Received gifts of 200 CNY or more must be declared. */
public record Gift(Long id, Long delegationId, Long eventId, GiftDirection direction, String item,
                   String counterpart, BigDecimal valueCny, LocalDate givenOn, LocalDate declaredOn, String notes) {
    public static final BigDecimal DECLARATION_THRESHOLD_CNY = BigDecimal.valueOf(200);

    /** A received gift at or over the threshold must be declared within one month of receipt. */
    public boolean declarationOverdue(LocalDate today) {
        return direction == GiftDirection.RECEIVED && declaredOn == null && valueCny != null
                && valueCny.compareTo(DECLARATION_THRESHOLD_CNY) >= 0 && today.isAfter(givenOn.plusMonths(1));
    }
}
