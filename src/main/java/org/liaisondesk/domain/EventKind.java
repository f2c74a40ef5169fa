package org.liaisondesk.domain;

/** Kind of event the office holds or joins. Labels live in the bundles under {@code enum.EventKind.<NAME>}. */
public enum EventKind implements Labelled {
    FORUM,
    CONFERENCE,
    SEMINAR,
    TRAINING,
    EXHIBITION,
    EXCHANGE_VISIT,
    CULTURAL,
    COMMUNITY,
    ROUNDTABLE,
    SOCIAL,
    OTHER
}
