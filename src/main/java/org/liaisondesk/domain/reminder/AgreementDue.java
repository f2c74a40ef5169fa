package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.AgreementStatus;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.RenewalMode;

/** An agreement in force that expires soon or, being evergreen, is due for review. */
public record AgreementDue(long id, String code, String title, AgreementStatus status, RenewalMode renewal,
                           PartialDate expiresOn, PartialDate reviewOn) {
}
