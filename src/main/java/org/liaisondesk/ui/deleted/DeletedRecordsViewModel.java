package org.liaisondesk.ui.deleted;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.DeletedRecords;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * The recycle bin: records deleted at any time, newest first, each of which can be put back as it
 * was (with its members, programme, files and the links to it) from the change history.
 */
public final class DeletedRecordsViewModel {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final java.util.function.Consumer<Row> restored;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** One line of the list, worded for the user. */
    public record Row(DeletedRecords.Entry entry, String when, String kind, String title) {}

    /** @param restored told after a restore, to count again and show the record */
    public DeletedRecordsViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs,
                                   java.util.function.Consumer<Row> restored) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.restored = restored;
    }

    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    public void load() { load(null); }

    /** @param message what the status line says afterwards; null: how many there are */
    private void load(String message) {
        busy.set(true);
        tasks.run(() -> services.deleted().list(), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            busy.set(false);
            status.set(message != null ? message : text(rows.isEmpty() ? "deleted.empty" : "deleted.count", rows.size()));
        }, this::failed);
    }

    private Row row(DeletedRecords.Entry e) {
        String kind = text("enum.RecordKind." + e.kind().name());
        // The kind's label is written for the middle of a sentence ("organisation"); a column starts with a capital.
        kind = kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(locale) + kind.substring(1);
        return new Row(e, e.deletedAt().format(SHOWN), kind,
                e.title() == null ? "#" + e.recordId() : e.title());
    }

    /** Puts the record back; a record it needs that is gone too is named in the message. */
    public void restore(Row row) {
        if (row == null || busy.get()) return;
        busy.set(true);
        tasks.run(() -> {
            services.deleted().restore(row.entry().historyId());
            return row;
        }, r -> {
            busy.set(false);
            restored.accept(r);
            load(text("deleted.restored", r.kind(), r.title()));
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
