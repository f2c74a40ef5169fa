package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.PartialDate;

/** A partner organisation with no delegation, event or agreement for a long time; activities rank it. */
public record QuietPartner(long id, String nameZh, String nameEn, String countryZh, String countryEn,
                           PartialDate lastContact, long activities) {
}
