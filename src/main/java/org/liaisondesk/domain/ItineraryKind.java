package org.liaisondesk.domain;

/** Kind of programme item in a visit. Labels live in the bundles under {@code enum.ItineraryKind.<NAME>}. */
public enum ItineraryKind implements Labelled {
    ARRIVAL,
    DEPARTURE,
    MEETING,
    TALKS,
    SIGNING,
    BANQUET,
    VISIT,
    TRAINING,
    FORUM,
    FREE_TIME
}
