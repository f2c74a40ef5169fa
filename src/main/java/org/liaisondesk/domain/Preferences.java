package org.liaisondesk.domain;

/**
 * What the program remembers between sessions on this workstation: the chosen language (null
 * follows the system), the main window's bounds, and whether the sample data was already offered.
 */
public record Preferences(String language, Double windowX, Double windowY, Double windowWidth, Double windowHeight,
                          boolean maximized, boolean sampleOffered) {
    public static final Preferences DEFAULTS = new Preferences(null, null, null, null, null, false, false);

    public Preferences withLanguage(String l) {
        return new Preferences(l, windowX, windowY, windowWidth, windowHeight, maximized, sampleOffered);
    }

    public Preferences withWindow(double x, double y, double w, double h, boolean max) {
        return new Preferences(language, x, y, w, h, max, sampleOffered);
    }

    public Preferences withSampleOffered() {
        return new Preferences(language, windowX, windowY, windowWidth, windowHeight, maximized, true);
    }
}
