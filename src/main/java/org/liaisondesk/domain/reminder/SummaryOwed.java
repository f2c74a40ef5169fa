package org.liaisondesk.domain.reminder;

import java.time.LocalDate;
import org.liaisondesk.domain.PartialDate;

/** An outgoing visit that has ended without its summary report. */
public record SummaryOwed(long id, String code, String title, PartialDate startDate, PartialDate endDate,
                          LocalDate summaryDue) {
    public PartialDate lastDay() { return endDate != null ? endDate : startDate; }
}
