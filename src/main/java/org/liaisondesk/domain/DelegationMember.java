package org.liaisondesk.domain;

/** One person in a delegation, in order of precedence (1 = head). May link to a known contact. */
public record DelegationMember(Long id, Long delegationId, Long contactId, String nameZh, String nameEn,
                               String nameLocal, Gender gender, String title, String organisationName,
                               String nationality, String passportNo, PartialDate passportExpiry,
                               PartialDate dateOfBirth, MemberRole role, int precedence, String dietary,
                               String religion, String accessNeeds, String room, String notes) implements Named {
}
