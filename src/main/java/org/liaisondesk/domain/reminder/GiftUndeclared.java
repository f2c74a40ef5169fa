package org.liaisondesk.domain.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A received gift that had to be declared, with the visit or event it came with. */
public record GiftUndeclared(long id, Long delegationId, Long eventId, String item, String counterpart,
                             BigDecimal valueCny, LocalDate givenOn, String ownerTitle) {
}
