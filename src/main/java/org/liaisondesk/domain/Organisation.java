package org.liaisondesk.domain;

import java.time.LocalDateTime;

/** A partner: women's union, UN agency, government office, NGO, company, … */
public record Organisation(Long id, String nameZh, String nameEn, String nameLocal, String abbreviation,
                           OrganisationType type, String country, String province, String city, String address,
                           String website, String email, String phone, PartialDate partnerSince,
                           OrganisationStatus status, String notes, Tags tags,
                           LocalDateTime createdAt, LocalDateTime updatedAt) implements Named {
    public Organisation withId(Long newId) {
        return new Organisation(newId, nameZh, nameEn, nameLocal, abbreviation, type, country, province, city, address,
                website, email, phone, partnerSince, status, notes, tags, createdAt, updatedAt);
    }
}
