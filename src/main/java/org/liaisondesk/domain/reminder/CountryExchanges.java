package org.liaisondesk.domain.reminder;

/** How many delegations and events concerned a country/region. */
public record CountryExchanges(String iso2, String nameZh, String nameEn, long delegations, long events) {
    public long total() { return delegations + events; }
}
