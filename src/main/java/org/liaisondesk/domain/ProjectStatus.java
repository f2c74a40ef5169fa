package org.liaisondesk.domain;

/** Life of an international cooperation project. Labels live in the bundles under {@code enum.ProjectStatus.<NAME>}. */
public enum ProjectStatus implements Labelled {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    SUSPENDED
}
