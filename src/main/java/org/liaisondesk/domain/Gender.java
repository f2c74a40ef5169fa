package org.liaisondesk.domain;

/** Gender as recorded for protocol (seating, rooms). Labels live in the bundles under {@code enum.Gender.<NAME>}. */
public enum Gender implements Labelled {
    FEMALE,
    MALE
}
