package org.liaisondesk.ui.common;

/**
 * The one way view models talk to the user through windows, so that they never open one
 * themselves and can be tested with a scripted stand-in. Texts arrive already in the user's language.
 */
public interface DialogService {
    boolean confirm(String title, String text);

    void info(String title, String text);

    void error(String title, String text);
}
