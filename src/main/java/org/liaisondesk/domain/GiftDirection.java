package org.liaisondesk.domain;

/** Gift given by us or received by us (received ones may need declaring). Labels live in the bundles under {@code enum.GiftDirection.<NAME>}. */
public enum GiftDirection implements Labelled {
    GIVEN,
    RECEIVED
}
