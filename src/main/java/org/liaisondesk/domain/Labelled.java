package org.liaisondesk.domain;

/** An enum whose values are shown and accepted by their bundle labels as well as their codes. */
public interface Labelled {
    String name();

    default String labelKey() {
        return "enum." + ((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + name();
    }
}
