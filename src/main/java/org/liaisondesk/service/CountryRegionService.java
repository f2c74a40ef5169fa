package org.liaisondesk.service;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.persistence.CountryRegionDao;

/** The countries/regions table. Read once and kept: it changes only with a migration. */
public final class CountryRegionService {
    private final Jdbi jdbi;
    private volatile List<CountryRegion> all;

    CountryRegionService(Jdbi jdbi) { this.jdbi = jdbi; }

    public List<CountryRegion> all() {
        List<CountryRegion> a = all;
        if (a == null) all = a = jdbi.withExtension(CountryRegionDao.class, CountryRegionDao::all);
        return a;
    }

    public Optional<CountryRegion> find(String iso2) {
        return all().stream().filter(c -> c.iso2().equalsIgnoreCase(iso2)).findFirst();
    }

    /** Every written form (codes, names, loose names) → the country/region; built once. */
    private volatile java.util.Map<String, CountryRegion> forms;

    /**
     * Resolves what a person or file writes: ISO2, ISO3, Chinese or English name (also as "Viet Nam"
     * for Vietnam), and the short forms 香港, 澳门, 台湾 for the regions of China. A map lookup, as a
     * 100,000-row import calls it for every row.
     */
    public CountryRegion resolve(String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException("error.country.blank");
        String t = text.strip();
        java.util.Map<String, CountryRegion> m = forms;
        if (m == null) {
            m = new java.util.HashMap<>();
            for (CountryRegion c : all()) {
                m.putIfAbsent(c.nameZh(), c);
                m.putIfAbsent("~" + loose(c.nameEn()), c);
            }
            for (CountryRegion c : all()) {
                m.put(c.iso2().toUpperCase(java.util.Locale.ROOT), c);
                if (c.iso3() != null) m.put(c.iso3().toUpperCase(java.util.Locale.ROOT), c);
            }
            for (String[] alias : new String[][]{{"香港", "HK"}, {"澳门", "MO"}, {"澳門", "MO"}, {"台湾", "TW"}, {"臺灣", "TW"}}) {
                m.put(alias[0], m.get(alias[1]));
            }
            forms = m;
        }
        CountryRegion c = m.get(t);
        if (c == null) c = m.get(t.toUpperCase(java.util.Locale.ROOT));
        if (c == null) c = m.get("~" + loose(t));
        if (c == null) throw new InvalidInputException("error.country.unknown", t);
        return c;
    }

    /** "Viet Nam", "viet-nam" and "Vietnam" alike: letters only, lower case. */
    private static String loose(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLetter(ch)) b.append(Character.toLowerCase(ch));
        }
        return b.toString();
    }
}
