package org.liaisondesk.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Messages;
import org.slf4j.LoggerFactory;

/**
 * What the user reads when work fails: a refused input in its own words; anything else logged
 * with its details and told as one sentence that points at the log. Never a stack trace.
 */
public final class Failures {
    private Failures() {}

    public static String describe(Locale locale, Throwable failure, Path dataFolder) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof InvalidInputException e) return Messages.format(locale, e);
        if (org.liaisondesk.persistence.Database.isStorageFailure(t)) {
            LoggerFactory.getLogger(Failures.class).error("could not write the data", t);
            return Messages.format(locale, "error.storage",
                    List.of(dataFolder, org.liaisondesk.persistence.Database.storageReason(t)));
        }
        if (t instanceof org.liaisondesk.domain.DataFileFormatException e) {
            return Messages.format(locale, "error.folder.format", List.of(e.dataFolder()));
        }
        LoggerFactory.getLogger(Failures.class).error("unexpected failure", t);
        return Messages.format(locale, "error.unexpected",
                List.of(String.valueOf(t.getMessage()), DataFolder.logs(dataFolder)));
    }
}
