package org.liaisondesk.domain;

import java.time.LocalDate;

/**
 * A visit's logistics and checklist, beside its overview: vehicles and drivers, accompanying
 * staff, interpreters with their languages, safety, press and emergency notes; whether the
 * invitation letter is in, police registration done (for stays outside hotels), passports
 * returned, and when the summary report is due.
 */
public record VisitPlan(long delegationId, String vehicles, String accompanyingStaff, String interpreters,
                        String safetyNotes, boolean invitationLetter, boolean policeRegistration,
                        boolean passportsReturned, LocalDate summaryDue) {
    public static VisitPlan empty(long delegationId) {
        return new VisitPlan(delegationId, null, null, null, null, false, false, false, null);
    }
}
