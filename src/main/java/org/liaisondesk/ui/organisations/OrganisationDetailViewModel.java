package org.liaisondesk.ui.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * One partner organisation: its details and everything that refers to it (contacts, delegations,
 * agreements, projects, events, offices), each of which opens with a click. Read-only here.
 */
public final class OrganisationDetailViewModel {
    private final Services services;
    private final long id;
    private final Locale locale;
    private final TaskRunner tasks;
    private final Consumer<RecordEntry> opener;
    private final java.util.function.LongConsumer editor;
    private DialogService dialogs;
    private Consumer<DeletedRecord<Organisation>> deleted;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ObservableList<Field> overview = FXCollections.observableArrayList();
    private final ObservableList<RecordEntry> related = FXCollections.observableArrayList();

    public OrganisationDetailViewModel(Services services, long id, Locale locale, TaskRunner tasks,
                                       Consumer<RecordEntry> opener, java.util.function.LongConsumer editor) {
        this.editor = editor;
        this.services = services;
        this.id = id;
        this.locale = locale;
        this.tasks = tasks;
        this.opener = opener;
    }

    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ObservableList<Field> overview() { return overview; }
    public ObservableList<RecordEntry> related() { return related; }

    public void edit() { editor.accept(id); }

    /** Lets the page delete its organisation: asks through {@code dialogs}, then tells {@code deleted} what went. */
    public void allowDelete(DialogService dialogs, Consumer<DeletedRecord<Organisation>> deleted) {
        this.dialogs = dialogs;
        this.deleted = deleted;
    }

    /**
     * Says what refers to the organisation and asks before deleting it; the references are unlinked
     * (a project's funder cannot be, and the refusal is shown).
     */
    public void delete() {
        if (dialogs == null) return;
        tasks.run(() -> services.organisations().references(id), refs -> {
            String touched = refs.counts().entrySet().stream()
                    .map(e -> e.getValue() + " " + text("dashboard.tile." + e.getKey().name()))
                    .collect(java.util.stream.Collectors.joining("、"));
            String text = Messages.format(locale, "delete.confirm.text", List.of(title.get(), touched.isEmpty()
                    ? text("delete.noReferences") : Messages.format(locale, "delete.references", List.of(touched))));
            if (!dialogs.confirm(text("delete.confirm.title"), text)) return;
            tasks.run(() -> services.organisations().deleteUndoably(id), deleted::accept, t -> dialogs.error(text("dialog.error"), Failures.describe(locale, t,
                    services.dataFolder())));
        }, t -> dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder())));
    }

    public void open(RecordEntry e) {
        if (e != null && !e.header()) opener.accept(e);
    }

    private record Loaded(Organisation o, String country, Map<RecordKind, List<ListRow>> related) {}

    public void load() {
        loading.set(true);
        tasks.run(() -> {
            Organisation o = services.organisations().find(id)
                    .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.ORGANISATION, id));
            String country = services.countries().find(o.country()).map(c -> c.name(locale)).orElse(o.country());
            return new Loaded(o, country, services.lists().relatedToOrganisation(id, locale));
        }, this::show, t -> {
            loading.set(false);
            title.set(Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private void show(Loaded l) {
        Organisation o = l.o();
        title.set(o.displayName(locale));
        List<Field> f = new ArrayList<>();
        field(f, "column.otherNames", o.otherNames(locale));
        field(f, "column.abbreviation", o.abbreviation());
        field(f, "column.type", o.type() == null ? null : Labels.label(o.type(), locale));
        field(f, "column.country", l.country());
        field(f, "detail.place", String.join(" ", nonBlank(o.province(), o.city(), o.address())));
        field(f, "detail.website", o.website());
        field(f, "column.email", o.email());
        field(f, "detail.phone", o.phone());
        field(f, "column.partnerSince", o.partnerSince() == null ? null : o.partnerSince().format(locale));
        field(f, "column.status", o.status() == null ? null : Labels.label(o.status(), locale));
        field(f, "detail.tags", o.tags() == null ? null
                : String.join("、", o.tags().values().stream().map(t -> Messages.tag(locale, t)).toList()));
        field(f, "detail.notes", o.notes());
        overview.setAll(f);
        List<RecordEntry> out = new ArrayList<>();
        l.related().forEach((kind, rows) -> {
            out.add(RecordEntry.header(kind, Messages.format(locale, "search.group",
                    List.of(text("dashboard.tile." + kind.name()), String.format(locale, "%,d", rows.size())))));
            for (ListRow r : rows) out.add(RecordEntry.of(kind, r));
        });
        related.setAll(out);
        loading.set(false);
    }

    private void field(List<Field> f, String key, String value) {
        if (value != null && !value.isBlank()) f.add(new Field(text(key), value));
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
