package org.liaisondesk.domain;

/** Every kind of record, for references, attachments and messages. Labels live in the bundles under {@code enum.RecordKind.<NAME>}. */
public enum RecordKind implements Labelled {
    COUNTRY_REGION,
    ORGANISATION,
    CONTACT,
    AGREEMENT,
    DELEGATION,
    DELEGATION_MEMBER,
    ITINERARY_ITEM,
    GIFT,
    PROJECT,
    EVENT,
    OFFICE_ABROAD,
    ATTACHMENT
}
