package org.liaisondesk.ui.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.backup.BackupInfo;
import org.liaisondesk.service.backup.BackupService;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.PasswordForm;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Backups in Settings: where automatic backups go, when the last good one was made (with a warning
 * after a week), "back up now" to a file, and restore from a file after saying what it holds.
 */
public final class BackupsViewModel {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> now;
    private final Runnable changed;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty last = new SimpleStringProperty("");
    private final BooleanProperty overdue = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param changed told after a restore, so counts and lists are read again */
    public BackupsViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs,
                            Supplier<LocalDateTime> now, Runnable changed) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.now = now;
        this.changed = changed;
        refresh();
    }

    public ReadOnlyStringProperty folderProperty() { return folder; }
    public ReadOnlyStringProperty lastProperty() { return last; }
    public ReadOnlyBooleanProperty overdueProperty() { return overdue; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    private record State(String folder, String last, boolean overdue) {}

    /** Reads the settings file and counts the records (for the warning) away from the FX thread. */
    private void refresh() {
        LocalDateTime at = now.get();
        tasks.run(() -> new State(services.autoBackups().folder().toString(),
                services.autoBackups().lastBackup().map(t -> text("backup.last", t.format(SHOWN)))
                        .orElse(text("backup.last.never")), services.autoBackups().overdue(at)), st -> {
            folder.set(st.folder());
            last.set(st.last());
            overdue.set(st.overdue());
        }, this::failed);
    }

    public void chooseFolder() {
        dialogs.chooseFolder(text("backup.folder.choose")).ifPresent(f -> {
            services.autoBackups().chooseFolder(f);
            refresh();
        });
    }

    public void useDefaultFolder() {
        services.autoBackups().chooseFolder(null);
        refresh();
    }

    public void backupNow() {
        LocalDateTime at = now.get();
        Optional<Path> target = dialogs.chooseSaveFile(text("backup.now"),
                "liaison-desk-" + at.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip");
        if (target.isEmpty()) return;
        Path file = target.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".zip");
        busy.set(true);
        status.set(text("backup.working"));
        tasks.run(() -> services.backups().backup(file, at), info -> {
            services.autoBackups().recorded(info);
            busy.set(false);
            status.set(text("backup.done", file, info.records(), info.attachments()));
            refresh();
        }, this::failed);
    }

    /**
     * Checks the chosen file, says what it holds and what will happen, and restores only if the user
     * agrees. A backup encrypted with another password than the data's asks for that password.
     */
    public void restore() {
        List<Path> chosen = dialogs.chooseFiles(text("backup.restore"));
        if (chosen.isEmpty()) return;
        Path file = chosen.get(0);
        check(file, services.encryption().password(), null);
    }

    private void check(Path file, char[] key, String passwordError) {
        if (passwordError != null) {
            PasswordForm form = new PasswordForm(locale, text("backup.password.title"),
                    text("backup.password.prompt", file.getFileName()), true, false);
            form.errorProperty().set(passwordError);
            if (!dialogs.askPasswords(form)) return;
            key = form.current();
        }
        char[] k = key;
        busy.set(true);
        status.set(text("backup.checking"));
        tasks.run(() -> services.backups().inspect(file, k), info -> {
            busy.set(false);
            status.set("");
            if (dialogs.confirm(text("backup.restore"), describe(info))) restore(file, k);
        }, t -> {
            if (t instanceof InvalidInputException e && e.key().equals("backup.error.password")) {
                busy.set(false);
                status.set("");
                check(file, null, passwordError == null ? "" : text("password.wrong"));
            } else {
                failed(t);
            }
        });
    }

    private void restore(Path file, char[] key) {
        busy.set(true);
        status.set(text("backup.restoring"));
        tasks.run(() -> services.backups().restore(file, key, services.autoBackups().folder(), now.get()), r -> {
            busy.set(false);
            services.autoBackups().recorded(r.safety());
            changed.run();
            refresh();
            status.set(text("backup.restored", r.from().records()));
            dialogs.info(text("backup.restore"), restored(r));
        }, this::failed);
    }

    private String describe(BackupInfo b) {
        return text("backup.restore.confirm", b.file().getFileName(), b.createdAt().format(SHOWN), b.appVersion(),
                b.records(), b.attachments(), services.autoBackups().folder());
    }

    private String restored(BackupService.Restored r) {
        long now = r.rows().entrySet().stream().filter(e -> BackupInfo.RECORD_TABLES.contains(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        return text("backup.restore.done", r.from().createdAt().format(SHOWN), now, r.safety().file());
    }

    private void failed(Throwable t) {
        busy.set(false);
        status.set("");
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
