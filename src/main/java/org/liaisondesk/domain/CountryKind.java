package org.liaisondesk.domain;

/** A sovereign country, or a region of China (Hong Kong, Macao, Taiwan), never listed as a country. Labels live in the bundles under {@code enum.CountryKind.<NAME>}. */
public enum CountryKind implements Labelled {
    COUNTRY,
    REGION_OF_CHINA
}
