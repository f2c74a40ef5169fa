package org.liaisondesk.domain;

import java.util.List;

/**
 * Input a user or a file gave that the program cannot accept. It carries a bundle key and its
 * arguments so that every layer can show it in the user's language, never as a stack trace.
 */
public class InvalidInputException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public InvalidInputException(String key, Object... args) {
        super(key + " " + java.util.Arrays.toString(args));
        this.key = key;
        this.args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }

    public String key() { return key; }
    public List<Object> args() { return args; }
}
