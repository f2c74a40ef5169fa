package org.liaisondesk.domain;

/** One person in a delegation, in order of precedence (1 = head). May link to a known contact. */
public record DelegationMember(Long id, Long delegationId, Long contactId, String nameZh, String nameEn,
                               String nameLocal, Gender gender, String title, String organisationName,
                               String nationality, String passportNo, PartialDate passportExpiry,
                               PartialDate dateOfBirth, MemberRole role, int precedence, String dietary,
                               String religion, String accessNeeds, String room, String notes) implements Named {
    /** Border control wants six months of validity left after the visit ends. */
    public boolean passportExpiresSoon(java.time.LocalDate visitEnd) {
        return visitEnd != null && org.liaisondesk.domain.reminder.ReminderRules.passportExpiresTooSoon(passportExpiry, visitEnd);
    }

    /** The passport number as printed: only its last four characters unless the full number is asked for. */
    public String passportShown(boolean full) {
        if (passportNo == null || passportNo.isBlank()) return "";
        return full ? passportNo.strip() : Sensitive.mask(passportNo);
    }
}
