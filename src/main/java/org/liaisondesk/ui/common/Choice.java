package org.liaisondesk.ui.common;

/** A choice in a box: a code (null for "all") and what the user reads. */
public record Choice(String code, String label) {
    @Override
    public String toString() { return label; }
}
