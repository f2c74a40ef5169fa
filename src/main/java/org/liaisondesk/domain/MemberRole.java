package org.liaisondesk.domain;

/** Role of a delegation member; drives the reception sheet. Labels live in the bundles under {@code enum.MemberRole.<NAME>}. */
public enum MemberRole implements Labelled {
    HEAD,
    DEPUTY,
    MEMBER,
    INTERPRETER,
    STAFF
}
