package org.liaisondesk.domain;

/** Incoming (来访) or outgoing (出访) delegation. Labels live in the bundles under {@code enum.Direction.<NAME>}. */
public enum Direction implements Labelled {
    INCOMING,
    OUTGOING
}
