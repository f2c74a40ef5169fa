package org.liaisondesk.domain.report;

import org.liaisondesk.domain.PartialDate;

/**
 * A record listed in the report. {@code kind} and {@code status} hold enum codes; {@code related}
 * names the organisations that go with it (partners, funder, incubator) in Chinese and English;
 * {@code number} is its people or beneficiaries.
 */
public record ReportLine(long id, String code, String title, String kind, String country, PartialDate startDate,
                         PartialDate endDate, String status, String relatedZh, String relatedEn, long number) {
}
