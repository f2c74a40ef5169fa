package org.liaisondesk.domain;

/** World region used to group partners. Labels live in the bundles under {@code enum.WorldRegion.<NAME>}. */
public enum WorldRegion implements Labelled {
    EAST_ASIA,
    SOUTHEAST_ASIA,
    SOUTH_ASIA,
    CENTRAL_ASIA,
    WEST_ASIA,
    EUROPE,
    AFRICA,
    AMERICAS,
    OCEANIA,
    ANTARCTICA
}
