package org.liaisondesk.domain;

/** Whether an office abroad still runs. Labels live in the bundles under {@code enum.OfficeStatus.<NAME>}. */
public enum OfficeStatus implements Labelled {
    ACTIVE,
    CLOSED
}
