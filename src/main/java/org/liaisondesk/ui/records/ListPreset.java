package org.liaisondesk.ui.records;

/**
 * Filters a list opens with when another view sends the user there (a bar of a dashboard chart):
 * kind and status by code, a country/region by ISO code, a year range. Null parts leave the filter open.
 */
public record ListPreset(String kind, String status, String country, Integer fromYear, Integer toYear) {
    public static ListPreset year(String kind, String status, int year) { return new ListPreset(kind, status, null, year, year); }

    public static ListPreset country(String iso2) { return new ListPreset(null, null, iso2, null, null); }

    /** Sets the list's filters; the country's label is what the list's own box shows for it. */
    public void applyTo(RecordListViewModel list, String countryLabel) {
        if (kind != null) list.kinds().stream().filter(c -> kind.equals(c.code())).findFirst()
                .ifPresent(list.kindProperty()::set);
        if (status != null) list.statuses().stream().filter(c -> status.equals(c.code())).findFirst()
                .ifPresent(list.statusProperty()::set);
        if (country != null) list.countryProperty().set(new org.liaisondesk.ui.common.Choice(country, countryLabel));
        list.fromYearProperty().set(fromYear);
        list.toYearProperty().set(toYear);
    }
}
