package org.liaisondesk.domain;

/** Life of an agreement. Labels live in the bundles under {@code enum.AgreementStatus.<NAME>}. */
public enum AgreementStatus implements Labelled {
    DRAFT,
    NEGOTIATING,
    SIGNED,
    ACTIVE,
    EXPIRING,
    EXPIRED,
    TERMINATED,
    RENEWED
}
