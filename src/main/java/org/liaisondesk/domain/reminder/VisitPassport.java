package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.PartialDate;

/** A member's passport on a visit that is still to come or under way. */
public record VisitPassport(long delegationId, String code, String title, PartialDate startDate, PartialDate endDate,
                            String nameZh, String nameEn, String nameLocal, PartialDate passportExpiry) {
    /** Every known name, so the reminder reads in either language. */
    public String names() {
        return String.join(" ", java.util.stream.Stream.of(nameZh, nameEn, nameLocal)
                .filter(x -> x != null && !x.isBlank()).toList());
    }

    public java.time.LocalDate visitEnd() { return (endDate != null ? endDate : startDate).end(); }
}
