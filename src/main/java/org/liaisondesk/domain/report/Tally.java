package org.liaisondesk.domain.report;

/**
 * A count by some key (a month, a country/region, an event kind) in the year and the year before;
 * {@code second} is a second count where the table has one (delegations sent beside received).
 */
public record Tally(String key, String nameZh, String nameEn, long count, long second, long previous) {
}
