package org.liaisondesk.domain;

/** Life of a delegation from plan to completion. Labels live in the bundles under {@code enum.DelegationStatus.<NAME>}. */
public enum DelegationStatus implements Labelled {
    PLANNED,
    APPROVED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
