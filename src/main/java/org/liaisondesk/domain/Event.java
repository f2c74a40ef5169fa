package org.liaisondesk.domain;

import java.time.LocalDateTime;
import java.util.List;

/** A forum, conference, training, exhibition, exchange or community activity. */
public record Event(Long id, String title, EventKind kind, PartialDate startDate, PartialDate endDate,
                    String country, String city, String venue, List<Long> organiserIds,
                    List<String> participatingCountries, List<Long> attendeeIds, Integer participantCount, Long projectId,
                    Long delegationId, String description, String outcome, String notes, Tags tags,
                    LocalDateTime createdAt, LocalDateTime updatedAt) {
    public Event {
        organiserIds = organiserIds == null ? List.of() : List.copyOf(organiserIds);
        participatingCountries = participatingCountries == null ? List.of() : List.copyOf(participatingCountries);
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
    }
}
