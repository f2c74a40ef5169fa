package org.liaisondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A visit: incoming (来访, we receive) or outgoing (出访, we travel). Code like 2018-IN-007. */
public record Delegation(Long id, String code, Direction direction, String title, List<String> countries,
                         List<Long> organisationIds, String headName, String purpose, PartialDate startDate,
                         PartialDate endDate, DelegationStatus status, String approvalRef, String invitationRef,
                         String receptionLevel, String hostLeader, String liaisonOfficer, String liaisonPhone,
                         String arrival, String departure, String hotel, BigDecimal budgetCny, BigDecimal actualCny,
                         String summary, String followUps, String notes, Tags tags,
                         LocalDateTime createdAt, LocalDateTime updatedAt) {
    public Delegation {
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    }
}
