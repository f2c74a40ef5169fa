package org.liaisondesk.domain;

/** What finds a contact again on import: its names, organisation, passport number and nationality. */
public record ContactKey(long id, String nameZh, String nameEn, String nameLocal, Long organisationId, String passportNo,
                         String nationality) {
}
