package org.liaisondesk.domain;

/** Kind of partner organisation. Labels live in the bundles under {@code enum.OrganisationType.<NAME>}. */
public enum OrganisationType implements Labelled {
    WOMENS_ORGANISATION,
    GOVERNMENT,
    UN_AGENCY,
    INTERNATIONAL_ORGANISATION,
    NGO,
    ENTERPRISE,
    ACADEMIC,
    MEDIA,
    OTHER
}
