package org.liaisondesk.domain.map;

import org.liaisondesk.domain.Labelled;

/** What colours the map. Labels live in the bundles under {@code enum.Measure.<NAME>}. */
public enum Measure implements Labelled {
    PARTNERS,
    DELEGATIONS,
    DELEGATIONS_IN,
    DELEGATIONS_OUT,
    EVENTS,
    AGREEMENTS_IN_FORCE,
    PROJECTS,
    ALL_EXCHANGES
}
