package org.liaisondesk.domain.report;

import java.util.List;

/** Everything the annual report says about one year, compared with the year before. */
public record AnnualReport(int year, YearFigures current, YearFigures previous, List<MonthCount> months,
                           List<Tally> delegationCountries, List<Tally> eventKinds, List<Tally> eventCountries,
                           List<ReportLine> delegations, List<ReportLine> events, List<ReportLine> agreements,
                           List<ReportLine> projects, List<ReportLine> partners, List<ReportLine> offices) {
}
