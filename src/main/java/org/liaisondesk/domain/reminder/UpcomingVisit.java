package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.PartialDate;

/** A delegation that is not over yet, with what its checklist needs to be judged. */
public record UpcomingVisit(long id, String code, String title, Direction direction, DelegationStatus status,
                            PartialDate startDate, PartialDate endDate, String approvalRef, String invitationRef,
                            String hotel, String liaisonOfficer, Boolean invitationLetter,
                            int members, int items) {
}
