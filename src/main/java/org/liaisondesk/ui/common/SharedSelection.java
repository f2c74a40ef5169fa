package org.liaisondesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the timeline and the map both look at: choosing a country/region in one filters the other.
 * One per window; null means all.
 */
public final class SharedSelection {
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();

    /** The chosen country/region as ISO 3166-1 alpha-2, or null for all. */
    public ObjectProperty<String> countryProperty() { return country; }
}
