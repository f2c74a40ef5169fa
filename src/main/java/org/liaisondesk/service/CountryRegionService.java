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

    /**
     * Resolves what a person or file writes: ISO2, ISO3, Chinese or English name, and the short
     * forms 香港, 澳门, 台湾 for the regions of China.
     */
    /** "Viet Nam", "viet-nam" and "Vietnam" alike: letters only, lower case. */
    private static String loose(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    public CountryRegion resolve(String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException("error.country.blank");
        String t = text.strip();
        String alias = switch (t) {
            case "香港" -> "HK";
            case "澳门", "澳門" -> "MO";
            case "台湾", "臺灣" -> "TW";
            default -> t;
        };
        String loose = loose(alias);
        return all().stream()
                .filter(c -> c.iso2().equalsIgnoreCase(alias) || alias.equalsIgnoreCase(c.iso3())
                        || c.nameZh().equals(alias) || c.nameEn().equalsIgnoreCase(alias) || loose(c.nameEn()).equals(loose))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.country.unknown", t));
    }
}
