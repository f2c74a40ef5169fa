package org.liaisondesk.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** One line of a visit's day-by-day programme. */
public record ItineraryItem(Long id, Long delegationId, LocalDate itemDate, LocalTime startTime, LocalTime endTime,
                            ItineraryKind kind, String title, String venue, String ourParticipants, String attire,
                            String interpreter, String vehicle, String notes) {
}
