package org.liaisondesk.domain;

/** A record's field named in a message: shown by its form label ({@code field.<name>}) where there is one. */
public record FieldName(String name) implements Labelled {
    @Override
    public String labelKey() { return "field." + name; }
}
