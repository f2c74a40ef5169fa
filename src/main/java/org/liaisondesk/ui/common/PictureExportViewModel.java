package org.liaisondesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.PngFile;
import org.liaisondesk.service.Services;

/** Saves a picture of a view (the timeline, the map) as a PNG file the user names. */
public final class PictureExportViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public PictureExportViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** @param argb the pixels, row by row */
    public void save(String titleKey, String nameKey, int width, int height, int[] argb) {
        Optional<Path> target = dialogs.chooseSaveFile(text(titleKey), text(nameKey) + ".png");
        if (target.isEmpty()) return;
        Path file = target.get().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".png");
        tasks.run(() -> {
            PngFile.write(file, width, height, argb);
            return file;
        }, f -> { }, t -> dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder())));
    }

    /** The machine has no printer: say so rather than do nothing. */
    public void printUnavailable() { dialogs.info(text("timeline.print"), text("timeline.print.failed")); }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
