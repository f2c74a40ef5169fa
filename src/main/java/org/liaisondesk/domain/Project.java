package org.liaisondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** An international cooperation project, e.g. the ILO Mekong anti-trafficking project. */
public record Project(Long id, String code, String title, Long funderId, List<Long> partnerIds,
                      PartialDate startDate, PartialDate endDate, BigDecimal budget, String currency,
                      ProjectStatus status, Integer beneficiariesTotal, String outcomes, String reportDue,
                      String notes, Tags tags, LocalDateTime createdAt, LocalDateTime updatedAt) {
    public Project {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
