package org.liaisondesk.domain;

import java.time.LocalDateTime;

/** A project office or sub-centre the federation runs abroad, e.g. the Muse project office in Myanmar. */
public record OfficeAbroad(Long id, String name, String country, String city, PartialDate establishedOn,
                           String approvedBy, Long incubatedBy, OfficeStatus status, PartialDate closedOn,
                           String notes, Tags tags, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
