package org.liaisondesk.ui.common;

/**
 * The one way view models talk to the user through windows, so that they never open one
 * themselves and can be tested with a scripted stand-in. Texts arrive already in the user's language.
 */
public interface DialogService {
    boolean confirm(String title, String text);

    void info(String title, String text);

    void error(String title, String text);

    /** Lets the user pick files to add; empty when cancelled. */
    java.util.List<java.nio.file.Path> chooseFiles(String title);

    /** Asks where to save a file, suggesting a name; empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName);

    /** Lets the user pick a folder; empty when cancelled. */
    default java.util.Optional<java.nio.file.Path> chooseFolder(String title) { return java.util.Optional.empty(); }

    /** Opens a file with the system's viewer for its type. */
    void open(java.nio.file.Path file);

    /** Asks for a line of text, offering {@code initial}; empty when cancelled. */
    java.util.Optional<String> ask(String title, String text, String initial);

    /** Shows a password form; true when the user confirmed it complete, false when cancelled. */
    default boolean askPasswords(PasswordForm form) { return false; }
}
