package org.liaisondesk.ui.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Creates or edits an organisation. Every change re-checks the office's rules, so each field
 * says what is wrong while the user types; Save is possible only when nothing is. A failed save
 * says why and keeps what was typed.
 */
public final class OrganisationEditorViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final LongConsumer saved;
    private final Organisation original;

    public final StringProperty nameZh = new SimpleStringProperty("");
    public final StringProperty nameEn = new SimpleStringProperty("");
    public final StringProperty nameLocal = new SimpleStringProperty("");
    public final StringProperty abbreviation = new SimpleStringProperty("");
    public final ObjectProperty<Choice> type = new SimpleObjectProperty<>();
    public final ObjectProperty<Choice> country = new SimpleObjectProperty<>();
    public final StringProperty province = new SimpleStringProperty("");
    public final StringProperty city = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty website = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty partnerSince = new SimpleStringProperty("");
    public final ObjectProperty<Choice> status = new SimpleObjectProperty<>();
    public final StringProperty tags = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param original the organisation to edit, or null for a new one
     * @param saved    told the id once the record is written
     */
    public OrganisationEditorViewModel(Services services, Organisation original, Locale locale, TaskRunner tasks,
                                       LongConsumer saved) {
        this.services = services;
        this.original = original;
        this.locale = locale;
        this.tasks = tasks;
        this.saved = saved;
        if (original != null) fill(original);
        else status.set(choice(OrganisationStatus.ACTIVE));
        for (javafx.beans.Observable p : List.of(nameZh, nameEn, nameLocal, abbreviation, type, country, province, city,
                address, website, email, phone, partnerSince, status, tags, notes)) {
            p.addListener(o -> {
                dirty.set(true);
                check();
            });
        }
        check();
    }

    public boolean isNew() { return original == null; }
    public String title() { return isNew() ? text("editor.organisation.new") : original.displayName(locale); }
    public ObservableMap<String, String> problems() { return problems; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    public ReadOnlyStringProperty messageProperty() { return message; }

    public List<Choice> types() {
        List<Choice> out = new ArrayList<>();
        for (OrganisationType t : OrganisationType.values()) out.add(choice(t));
        return out;
    }

    public List<Choice> statuses() {
        List<Choice> out = new ArrayList<>();
        for (OrganisationStatus s : OrganisationStatus.values()) out.add(choice(s));
        return out;
    }

    /** Countries/regions by their name in the user's language. */
    public List<Choice> countries() {
        List<Choice> out = new ArrayList<>();
        for (CountryRegion c : services.countries().all()) out.add(new Choice(c.iso2(), c.name(locale)));
        out.sort(java.util.Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
        return out;
    }

    /** Writes the record in the background; a refusal is shown and everything typed stays. */
    public void save() {
        if (!canSave.get()) return;
        Organisation o = build();
        saving.set(true);
        message.set("");
        tasks.run(() -> {
            if (o.id() == null) return services.organisations().create(o);
            services.organisations().update(o);
            return o.id();
        }, id -> {
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
        try {
            PartialDate.parse(partnerSince.get());
        } catch (InvalidInputException e) {
            found.put("partnerSince", Messages.format(locale, e));
        }
        Organisation o = build();
        for (Problem p : Validation.organisation(o)) {
            found.putIfAbsent(p.field(), p.key().equals("error.required")
                    ? text("editor.required") : Messages.format(locale, p.key(), p.args()));
        }
        problems.clear();
        problems.putAll(found);
        canSave.set(found.isEmpty() && (dirty.get() || isNew()));
    }

    private Organisation build() {
        PartialDate since;
        try {
            since = PartialDate.parse(partnerSince.get());
        } catch (InvalidInputException e) {
            since = null;
        }
        return new Organisation(original == null ? null : original.id(), blank(nameZh), blank(nameEn), blank(nameLocal),
                blank(abbreviation), type.get() == null ? null : OrganisationType.valueOf(type.get().code()),
                country.get() == null ? null : country.get().code(), blank(province), blank(city), blank(address),
                blank(website), blank(email), blank(phone), since,
                status.get() == null ? null : OrganisationStatus.valueOf(status.get().code()), blank(notes),
                Tags.parse(tags.get()), null, null);
    }

    private void fill(Organisation o) {
        nameZh.set(nz(o.nameZh()));
        nameEn.set(nz(o.nameEn()));
        nameLocal.set(nz(o.nameLocal()));
        abbreviation.set(nz(o.abbreviation()));
        type.set(o.type() == null ? null : choice(o.type()));
        country.set(o.country() == null ? null : services.countries().find(o.country())
                .map(c -> new Choice(c.iso2(), c.name(locale))).orElse(null));
        province.set(nz(o.province()));
        city.set(nz(o.city()));
        address.set(nz(o.address()));
        website.set(nz(o.website()));
        email.set(nz(o.email()));
        phone.set(nz(o.phone()));
        partnerSince.set(o.partnerSince() == null ? "" : o.partnerSince().iso());
        status.set(o.status() == null ? null : choice(o.status()));
        tags.set(o.tags() == null ? "" : o.tags().joined());
        notes.set(nz(o.notes()));
    }

    private Choice choice(Labelled l) { return new Choice(l.name(), Labels.label(l, locale)); }

    private static String blank(StringProperty p) {
        String v = p.get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
