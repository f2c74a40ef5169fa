package org.liaisondesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Messages;

/** Passwords on the command line: from a file ({@code --password-file}), else asked for at the terminal. */
final class Passwords {
    private Passwords() {}

    /**
     * The password in {@code file} (its first line), or typed at the terminal without echo, or null
     * when there is neither a file nor a terminal.
     */
    static char[] read(Path file, Locale locale, Object what) {
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) throw new IOException("the file is empty");
                // A trailing newline is the editor's, not the password's.
                return lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new InvalidInputException("password.cli.file", file, String.valueOf(e.getMessage()));
            }
        }
        java.io.Console console = System.console();
        if (console == null) return null;
        return console.readPassword("%s", Messages.format(locale, "password.cli.prompt", List.of(what)));
    }
}
