package org.liaisondesk.ui.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.liaisondesk.ui.attachments.AttachmentsViewModel;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * One record's page: its details, the records related to it (each opens), the countries/regions it
 * concerns, its attachments, and Edit, Duplicate and Delete. Each kind says what it shows in
 * {@link #read}; deleting asks first, naming what refers to the record, and Ctrl+Z can undo it.
 */
public abstract class RecordPageViewModel {
    /** What a page shows, read off the FX thread. {@code extra} carries what a kind shows besides. */
    public record Page(String title, List<Field> fields, Map<RecordKind, List<ListRow>> related,
                          List<String> countries, Object extra) {
        public Page(String title, List<Field> fields, Map<RecordKind, List<ListRow>> related, List<String> countries) {
            this(title, fields, related, countries, null);
        }
    }

    protected final Services services;
    protected final Locale locale;
    protected final TaskRunner tasks;
    private final RecordKind kind;
    private final Long id;
    private final PageActions actions;
    protected final DialogService dialogs;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ObservableList<Field> overview = FXCollections.observableArrayList();
    private final ObservableList<RecordEntry> related = FXCollections.observableArrayList();
    private final ObservableList<Choice> countries = FXCollections.observableArrayList();
    private Map<String, String> countryNames;
    private AttachmentsViewModel attachments;

    /** @param id the record's id, or null for a page that is not a record (a country/region) */
    protected RecordPageViewModel(Services services, RecordKind kind, Long id, Locale locale, TaskRunner tasks,
                                  DialogService dialogs, PageActions actions) {
        this.services = services;
        this.kind = kind;
        this.id = id;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actions = actions;
    }

    /** Reads the record and what relates to it; runs off the FX thread. */
    protected abstract Page read();

    /**
     * The related records, when {@link #read} left them out (its page's {@code related} is null) so
     * that the record itself shows first; runs off the FX thread after the page is shown.
     */
    protected Map<RecordKind, List<ListRow>> readRelated() { return Map.of(); }

    /** Shows what {@link Page#extra} carries; on the FX thread. */
    protected void showExtra(Object extra) {}

    public RecordKind kind() { return kind; }
    public Long id() { return id; }
    /** Records can be edited, copied, deleted and carry files; a country/region page cannot. */
    public boolean isRecord() { return id != null; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ObservableList<Field> overview() { return overview; }
    public ObservableList<RecordEntry> related() { return related; }
    public ObservableList<Choice> countries() { return countries; }

    public AttachmentsViewModel attachments() {
        if (attachments == null && id != null) {
            attachments = new AttachmentsViewModel(services, kind, id, locale, tasks, dialogs);
        }
        return attachments;
    }

    public void load() {
        loading.set(true);
        tasks.run(this::read, this::show, t -> {
            loading.set(false);
            title.set(Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private void show(Page p) {
        title.set(p.title());
        overview.setAll(p.fields());
        countries.setAll(p.countries().stream().distinct().map(c -> new Choice(c, country(c))).toList());
        showExtra(p.extra());
        loading.set(false);
        if (p.related() != null) showRelated(p.related());
        else tasks.runAfterShown(this::readRelated, this::showRelated, t -> { });
        // Files come after the record itself, so they never hold it up.
        if (attachments != null) attachments.load();
    }

    private void showRelated(Map<RecordKind, List<ListRow>> byKind) {
        List<RecordEntry> out = new ArrayList<>();
        byKind.forEach((k, rows) -> {
            out.add(RecordEntry.header(k, Messages.format(locale, "search.group",
                    List.of(text("dashboard.tile." + k.name()), String.format(locale, "%,d", rows.size())))));
            for (ListRow r : rows) out.add(RecordEntry.of(k, r));
        });
        related.setAll(out);
    }

    public void open(RecordEntry e) {
        if (e != null && !e.header()) actions.open(e);
    }

    public void openCountry(Choice c) {
        if (c != null) actions.openCountry(c.code());
    }

    public void edit() { if (id != null) actions.edit(kind, id, false); }

    public void duplicate() { if (id != null) actions.edit(kind, id, true); }

    /**
     * Says what refers to the record and asks before deleting it; links that may be removed are
     * removed, and a refusal (a project's funder) is shown with its reason.
     */
    public void delete() {
        if (id == null) return;
        tasks.run(() -> services.records(kind).references(id), refs -> {
            String touched = refs.counts().entrySet().stream()
                    .map(e -> e.getValue() + " " + text("dashboard.tile." + e.getKey().name()))
                    .collect(Collectors.joining(enumeration()));
            String text = Messages.format(locale, "delete.confirm.text", List.of(title.get(), touched.isEmpty()
                    ? text("delete.noReferences") : Messages.format(locale, "delete.references", List.of(touched))));
            if (!dialogs.confirm(text("delete.confirm.title"), text)) return;
            String name = title.get();
            tasks.run(() -> services.records(kind).deleteUndoably(id), gone -> actions.deleted(gone, name), this::failed);
        }, this::failed);
    }

    private void failed(Throwable t) {
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    // Helpers for the kinds' read(): they run off the FX thread.

    /** The page's record, or the "no longer exists" message when it was deleted meanwhile. */
    @SuppressWarnings("unchecked")
    protected final PageActions actions() { return actions; }

    protected final <T> T record() {
        return (T) services.records(kind).find(id)
                .orElseThrow(() -> new InvalidInputException("error.record.missing", kind, id));
    }

    protected final void field(List<Field> f, String key, String value) {
        if (value != null && !value.isBlank()) f.add(new Field(text(key), value));
    }

    protected final String label(Labelled l) { return l == null ? null : Labels.label(l, locale); }

    protected final String date(PartialDate d) { return d == null ? null : d.format(locale); }

    protected final String span(PartialDate start, PartialDate end) {
        if (start == null) return null;
        return date(start) + (end == null ? "" : " – " + date(end));
    }

    protected final String money(BigDecimal v) { return v == null ? null : String.format(locale, "¥%,.0f", v); }

    protected final String number(Number n) { return n == null ? null : String.format(locale, "%,d", n.longValue()); }

    protected final String tags(Tags t) {
        return t == null ? null : t.values().stream().map(x -> Messages.tag(locale, x)).collect(Collectors.joining(enumeration()));
    }

    protected final String country(String iso2) {
        if (iso2 == null) return null;
        if (countryNames == null) {
            Map<String, String> m = new HashMap<>();
            for (CountryRegion c : services.countries().all()) m.put(c.iso2(), c.name(locale));
            countryNames = m;
        }
        return countryNames.getOrDefault(iso2, iso2);
    }

    protected final String countryList(List<String> codes) {
        return codes.stream().map(this::country).collect(Collectors.joining(enumeration()));
    }

    protected final String organisation(Long orgId) {
        return orgId == null ? null : services.organisations().find(orgId).map(o -> o.displayName(locale)).orElse(null);
    }

    protected final String organisations(List<Long> ids) {
        return ids.stream().map(this::organisation).filter(java.util.Objects::nonNull).collect(Collectors.joining(enumeration()));
    }

    /** The rows of these records of one kind, for the related list. */
    protected final List<ListRow> rows(RecordKind k, List<Long> ids) {
        return ids.isEmpty() ? List.of() : services.lists().index(k, locale).withIds(ids);
    }

    /** Parts of one fact ("20 Jan 2022; Chiang Mai"), with the language's own punctuation. */
    protected final String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(chinese() ? "；" : "; "));
    }

    /** Items of a list ("China, Thailand" / "中国、泰国"). */
    protected final String enumeration() { return chinese() ? "、" : ", "; }

    private boolean chinese() { return Locale.CHINESE.getLanguage().equals(locale.getLanguage()); }

    /** Passport numbers show only their last four characters on screen. */
    protected static String mask(String passport) { return Sensitive.mask(passport); }

    protected final String text(String key) { return Messages.format(locale, key, List.of()); }

    /** Related rows per kind in the order given, leaving out kinds with none. */
    @SafeVarargs
    protected static Map<RecordKind, List<ListRow>> related(Map.Entry<RecordKind, List<ListRow>>... kinds) {
        Map<RecordKind, List<ListRow>> m = new java.util.LinkedHashMap<>();
        for (Map.Entry<RecordKind, List<ListRow>> e : kinds) if (!e.getValue().isEmpty()) m.put(e.getKey(), e.getValue());
        return m;
    }
}
