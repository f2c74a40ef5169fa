package org.liaisondesk.domain;

/** Kind of signed document. Labels live in the bundles under {@code enum.AgreementType.<NAME>}. */
public enum AgreementType implements Labelled {
    MEETING_MINUTES,
    MOU,
    COOPERATION_AGREEMENT,
    LETTER_OF_INTENT,
    OTHER
}
