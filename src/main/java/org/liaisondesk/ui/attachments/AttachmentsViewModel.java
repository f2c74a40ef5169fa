package org.liaisondesk.ui.attachments;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.Attachment;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/** The files kept with one record: add (copied into the data folder), open, caption, remove. */
public final class AttachmentsViewModel {
    private static final Set<String> PHOTOS = Set.of("jpg", "jpeg", "png", "gif", "bmp");

    /** One file as the list shows it; {@code photo} is the stored copy to draw a thumbnail from, or null. */
    public record Row(Attachment attachment, String name, String detail, Path photo) {}

    private final Services services;
    private final RecordKind kind;
    private final long owner;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public AttachmentsViewModel(Services services, RecordKind kind, long owner, Locale locale, TaskRunner tasks,
                                DialogService dialogs) {
        this.services = services;
        this.kind = kind;
        this.owner = owner;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** True once the entries have been read the first time. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }

    /** Reads the files' entries once the page itself is on screen. */
    public void load() {
        tasks.runAfterShown(() -> services.attachments().of(kind, owner), this::show, this::failed);
    }

    /** Asks for files and copies them in; a file that cannot be read is named and the others still go in. */
    public void add() {
        List<Path> files = dialogs.chooseFiles(text("attachments.choose"));
        if (files.isEmpty()) return;
        busy.set(true);
        tasks.run(() -> {
            StringBuilder refused = new StringBuilder();
            for (Path f : files) {
                try {
                    services.attachments().add(kind, owner, f);
                } catch (RuntimeException e) {
                    refused.append(Failures.describe(locale, e, services.dataFolder())).append('\n');
                }
            }
            return refused.toString().strip();
        }, refused -> {
            busy.set(false);
            if (!refused.isEmpty()) dialogs.error(text("dialog.error"), refused);
            load();
        }, this::failed);
    }

    public void open(Row r) {
        if (r == null) return;
        tasks.run(() -> services.attachments().openable(r.attachment()), dialogs::open, this::failed);
    }

    public void caption(Row r) {
        if (r == null) return;
        dialogs.ask(text("attachments.caption.title"), r.attachment().fileName(), r.attachment().caption())
                .ifPresent(c -> tasks.run(() -> {
                    services.attachments().caption(r.attachment().id(), c);
                    return c;
                }, c2 -> load(), this::failed));
    }

    public void remove(Row r) {
        if (r == null) return;
        if (!dialogs.confirm(text("attachments.remove.title"),
                Messages.format(locale, "attachments.remove.text", List.of(r.attachment().fileName())))) return;
        tasks.run(() -> {
            services.attachments().remove(r.attachment().id());
            return r;
        }, gone -> load(), this::failed);
    }

    private void show(List<Attachment> list) {
        loaded.set(true);
        rows.setAll(list.stream().map(a -> new Row(a, a.caption() == null ? a.fileName() : a.caption(),
                (a.caption() == null ? "" : a.fileName() + " · ") + size(a.sizeBytes()),
                PHOTOS.contains(extension(a.fileName())) ? services.attachments().file(a) : null)).toList());
    }

    private String size(long bytes) {
        if (bytes < 1024) return Messages.format(locale, "attachments.bytes", List.of(bytes));
        if (bytes < 1024 * 1024) return String.format(locale, "%.0f KB", bytes / 1024.0);
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void failed(Throwable t) {
        busy.set(false);
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
