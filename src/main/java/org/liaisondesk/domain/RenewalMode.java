package org.liaisondesk.domain;

/** How an agreement continues past its term. Labels live in the bundles under {@code enum.RenewalMode.<NAME>}. */
public enum RenewalMode implements Labelled {
    FIXED_TERM,
    AUTO_RENEW,
    EVERGREEN,
    TERMINABLE_WITH_NOTICE
}
