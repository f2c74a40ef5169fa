package org.liaisondesk.domain;

/** Where a relationship with an organisation stands. Labels live in the bundles under {@code enum.OrganisationStatus.<NAME>}. */
public enum OrganisationStatus implements Labelled {
    PROSPECTIVE,
    ACTIVE,
    DORMANT,
    ENDED
}
