package org.liaisondesk.ui.form;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField.Input;

/**
 * Creates, duplicates or edits one record. Each kind declares its fields in groups, in the order
 * shown, then calls {@link #begin}. Every change re-checks the office's rules, so each field says
 * what is wrong while the user types; Save is possible only when nothing is. A failed save says
 * why and keeps what was typed. Pickers read their options from the database when the form is
 * built, so build it off the FX thread.
 */
public abstract class RecordFormViewModel<T> {
    protected final Services services;
    protected final Locale locale;
    private final TaskRunner tasks;
    private final LongConsumer saved;
    private final List<FormField> fields = new ArrayList<>();
    private final Map<RecordKind, List<Choice>> records = new EnumMap<>(RecordKind.class);
    private List<Choice> countries;
    private String group = "form.group.main";
    private T original;
    private boolean copy;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.collections.ObservableList<String> history = FXCollections.observableArrayList();

    /** @param saved told the id once the record is written */
    protected RecordFormViewModel(Services services, Locale locale, TaskRunner tasks, LongConsumer saved) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.saved = saved;
    }

    public abstract RecordKind kind();

    /** The office's rules for the record (Validation), whose field names match the fields'. */
    protected abstract List<Problem> rules(T record);

    /** The service that writes the record; parts of a record (members, programme, gifts) override {@link #write} instead. */
    protected RecordService<T> service() { throw new IllegalStateException(kind() + " is written by write()"); }

    protected abstract void fill(T record);

    /** The record as typed; values that cannot be read are null (their fields say why). */
    protected abstract T build(Long id);

    protected abstract Long id(T record);

    protected abstract String name(T record);

    /** Clears what must not be copied into a duplicate, such as a unique code. */
    protected void forCopy() {}

    /** Problems reading fields whose format only this form knows, by field name. */
    protected Map<String, String> readProblems() { return Map.of(); }

    /** Writes the record (a new one when it has no id) and returns its id; runs off the FX thread. */
    protected long write(T record) {
        Long id = id(record);
        if (id == null) return service().create(record);
        service().update(record);
        return id;
    }

    /**
     * Call last in the constructor, once the fields exist.
     *
     * @param original the record to edit or copy, or null for a new one
     * @param copy     true to start a new record from {@code original}'s values
     */
    protected final void begin(T original, boolean copy) {
        this.original = original;
        this.copy = copy;
        if (original != null) fill(original);
        if (copy) forCopy();
        for (FormField f : fields) {
            for (Observable o : f.observables()) {
                o.addListener(x -> {
                    dirty.set(true);
                    check();
                });
            }
        }
        dirty.set(copy);
        check();
        Long rid = original == null || copy ? null : id(original);
        if (rid != null) {
            tasks.runAfterShown(() -> services.history().of(kind(), rid),
                    changes -> history.setAll(changes.stream().map(this::historyLine).toList()), e -> { });
        }
    }

    /** The record's change history, newest first, as lines; empty for a new record. */
    public javafx.collections.ObservableList<String> history() { return history; }

    private String historyLine(org.liaisondesk.domain.Change c) {
        String when = c.at().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String what = org.liaisondesk.domain.Messages.format(locale, "history.action." + c.action(), List.of());
        if (c.part() != null) {
            // A part (a member, a programme item…): which one, then what happened to it.
            String kind = org.liaisondesk.domain.Messages.format(locale, "history.partKind." + c.part(), List.of());
            what = (c.title() == null ? kind
                    : org.liaisondesk.domain.Messages.format(locale, "history.part", List.of(kind, shorten(c.title())))) + " " + what;
        }
        if (!c.action().equals("UPDATE") || c.fields().isEmpty()) return when + "  " + what;
        return when + "  " + what + "：" + String.join("；", c.fields().stream().map(f ->
                org.liaisondesk.domain.Messages.format(locale, "history.field", List.of(
                        fieldName(c.part(), f.name()), shorten(f.before()), shorten(f.after())))).toList());
    }

    /** A part's field by the part's own label where the word differs (a member's "title" is a job title). */
    private Object fieldName(String part, String name) {
        String own = "field." + part + "." + name;
        if (part != null && org.liaisondesk.domain.Messages.bundle(locale).containsKey(own)) {
            return org.liaisondesk.domain.Messages.bundle(locale).getString(own);
        }
        return new org.liaisondesk.domain.FieldName(name);
    }

    private String shorten(String v) {
        if (v == null || v.isEmpty()) return org.liaisondesk.domain.Messages.format(locale, "history.empty", List.of());
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }

    public List<FormField> fields() { return List.copyOf(fields); }
    public boolean isNew() { return original == null || copy; }
    public ObservableMap<String, String> problems() { return problems; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    public ReadOnlyStringProperty messageProperty() { return message; }

    public String title() {
        if (original == null) return Messages.format(locale, "form.new", List.of(Labels.label(kind(), locale)));
        return copy ? Messages.format(locale, "form.copy", List.of(name(original))) : name(original);
    }

    /** Writes the record in the background; a refusal is shown and everything typed stays. */
    public void save() {
        if (!canSave.get() || saving.get()) return;
        T record = build(isNew() ? null : id(original));
        saving.set(true);
        message.set("");
        tasks.run(() -> write(record), id -> {
            saving.set(false);
            dirty.set(false);
            saved.accept(id);
        }, t -> {
            saving.set(false);
            message.set(Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private void check() {
        Map<String, String> found = new LinkedHashMap<>();
        for (FormField f : fields) {
            String p = f.formatProblem(locale);
            if (p != null) found.put(f.name(), p);
        }
        readProblems().forEach(found::putIfAbsent);
        for (Problem p : rules(build(null))) {
            found.putIfAbsent(p.field(), p.key().equals("error.required")
                    ? Messages.format(locale, "editor.required", List.of()) : Messages.format(locale, p.key(), p.args()));
        }
        problems.clear();
        problems.putAll(found);
        canSave.set(found.isEmpty() && dirty.get());
    }

    // Declaring fields, in the order shown.

    protected final void group(String key) { group = key; }

    protected final FormField text(String name, String labelKey) { return add(name, labelKey, Input.TEXT, null); }

    protected final FormField area(String name, String labelKey) { return add(name, labelKey, Input.AREA, null); }

    protected final FormField date(String name, String labelKey) { return add(name, labelKey, Input.DATE, null); }

    protected final FormField number(String name, String labelKey) { return add(name, labelKey, Input.NUMBER, null); }

    protected final FormField whole(String name, String labelKey) { return add(name, labelKey, Input.WHOLE, null); }

    protected final FormField check(String name, String labelKey) { return add(name, labelKey, Input.CHECK, null); }

    /** An enum's values with their labels, in declaration order (the office's usual order). */
    protected final <E extends Enum<E> & Labelled> FormField choice(String name, String labelKey, Class<E> type) {
        return add(name, labelKey, Input.CHOICE, java.util.Arrays.stream(type.getEnumConstants())
                .map(v -> new Choice(v.name(), Labels.label(v, locale))).toList());
    }

    protected final FormField country(String name, String labelKey) {
        return add(name, labelKey, Input.PICK, countries());
    }

    protected final FormField countries(String name, String labelKey) {
        return add(name, labelKey, Input.PICK_MANY, countries());
    }

    /** A picker of one record of a kind; the choice's code is its id. */
    protected final FormField record(String name, String labelKey, RecordKind kind) {
        return add(name, labelKey, Input.PICK, records(kind));
    }

    protected final FormField records(String name, String labelKey, RecordKind kind) {
        return add(name, labelKey, Input.PICK_MANY, records(kind));
    }

    /** The same field, marked as one that must be filled in. */
    protected final FormField required(FormField f) {
        FormField r = new FormField(f.name(), f.labelKey(), f.groupKey(), f.input(), true, f.options()).hint(f.hintKey());
        fields.set(fields.indexOf(f), r);
        return r;
    }

    private FormField add(String name, String labelKey, Input input, List<Choice> options) {
        FormField f = new FormField(name, labelKey, group, input, false, options);
        if (name.equals("tags")) f.hint("editor.tagsPrompt");
        fields.add(f);
        return f;
    }

    /** Countries and regions by their name in the user's language, in its alphabetical order. */
    private List<Choice> countries() {
        if (countries == null) {
            List<Choice> out = new ArrayList<>();
            for (CountryRegion c : services.countries().all()) out.add(new Choice(c.iso2(), c.name(locale)));
            out.sort(java.util.Comparator.comparing(Choice::label, Collator.getInstance(locale)));
            countries = out;
        }
        return countries;
    }

    private List<Choice> records(RecordKind kind) {
        return records.computeIfAbsent(kind, k -> services.lists().pickList(k, locale).entrySet().stream()
                .map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList());
    }
}
