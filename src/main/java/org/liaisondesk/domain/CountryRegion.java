package org.liaisondesk.domain;

import java.util.Locale;

/** A country or a region of China, keyed by ISO 3166-1 alpha-2; names are our own mainland usage. */
public record CountryRegion(String iso2, String iso3, String nameZh, String nameEn, CountryKind kind,
                            WorldRegion worldRegion, boolean bordersYunnan) {
    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
