package org.liaisondesk.ui.delegations;

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
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * One delegation as the office reads it: overview, members in order of precedence (passports
 * masked), the day-by-day programme and gifts. Read-only here; editing comes with the editor.
 */
public final class DelegationDetailViewModel {
    /** Table rows, already in the user's language. */
    public record MemberRow(String precedence, String name, String otherNames, String role, String title,
                            String organisation, String nationality, String passport, String needs, String room) {}

    public record ItemRow(String date, String time, String kind, String title, String venue, String ours,
                          String interpreter, String vehicle) {}

    public record GiftRow(String date, String direction, String item, String counterpart, String value) {}

    private final Services services;
    private final long id;
    private final Locale locale;
    private final TaskRunner tasks;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ObservableList<Field> overview = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> programme = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();

    public DelegationDetailViewModel(Services services, long id, Locale locale, TaskRunner tasks) {
        this.services = services;
        this.id = id;
        this.locale = locale;
        this.tasks = tasks;
    }

    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ObservableList<Field> overview() { return overview; }
    public ObservableList<MemberRow> members() { return members; }
    public ObservableList<ItemRow> programme() { return programme; }
    public ObservableList<GiftRow> gifts() { return gifts; }
    private String text(String key) { return Messages.format(locale, key, List.of()); }

    private record Loaded(Delegation d, List<DelegationMember> members, List<ItineraryItem> items, List<Gift> gifts,
                          Map<String, String> countries, List<String> organisations) {}

    public void load() {
        loading.set(true);
        tasks.run(() -> {
            Delegation d = services.delegations().find(id)
                    .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.DELEGATION, id));
            Map<String, String> countries = new HashMap<>();
            for (CountryRegion c : services.countries().all()) countries.put(c.iso2(), c.name(locale));
            List<String> orgs = new ArrayList<>();
            for (Long o : d.organisationIds()) services.organisations().find(o).ifPresent(x -> orgs.add(x.displayName(locale)));
            return new Loaded(d, services.delegations().members(id), services.delegations().itinerary(id),
                    services.delegations().gifts(id), countries, orgs);
        }, this::show, t -> {
            loading.set(false);
            title.set(t instanceof InvalidInputException e ? Messages.format(locale, e) : String.valueOf(t.getMessage()));
        });
    }

    private void show(Loaded l) {
        Delegation d = l.d();
        title.set(d.code() + "  " + d.title());
        List<Field> f = new ArrayList<>();
        field(f, "column.direction", label(d.direction()));
        field(f, "column.status", label(d.status()));
        field(f, "column.countries", d.countries().stream().map(c -> l.countries().getOrDefault(c, c))
                .collect(Collectors.joining("、")));
        field(f, "column.organisation", String.join("、", l.organisations()));
        field(f, "detail.dates", date(d.startDate()) + (d.endDate() == null ? "" : " – " + date(d.endDate())));
        field(f, "detail.head", d.headName());
        field(f, "detail.groupSize", Integer.toString(l.members().size()));
        field(f, "detail.purpose", d.purpose());
        field(f, "detail.approvalRef", d.approvalRef());
        field(f, "detail.receptionLevel", d.receptionLevel());
        field(f, "detail.hostLeader", d.hostLeader());
        field(f, "detail.liaison", join(d.liaisonOfficer(), d.liaisonPhone()));
        field(f, "detail.arrival", d.arrival());
        field(f, "detail.departure", d.departure());
        field(f, "detail.hotel", d.hotel());
        field(f, "detail.budget", money(d.budgetCny()));
        field(f, "detail.notes", d.notes());
        overview.setAll(f);
        members.setAll(l.members().stream().map(m -> new MemberRow(Integer.toString(m.precedence()),
                m.displayName(locale), m.otherNames(locale), label(m.role()), m.title(), m.organisationName(),
                m.nationality() == null ? "" : l.countries().getOrDefault(m.nationality(), m.nationality()),
                mask(m.passportNo()), join(m.dietary(), m.religion(), m.accessNeeds()), m.room())).toList());
        programme.setAll(l.items().stream().map(i -> new ItemRow(date(PartialDate.of(i.itemDate())),
                time(i), label(i.kind()), i.title(), i.venue(), i.ourParticipants(), i.interpreter(), i.vehicle())).toList());
        gifts.setAll(l.gifts().stream().map(g -> new GiftRow(date(PartialDate.of(g.givenOn())), label(g.direction()),
                g.item(), g.counterpart(), money(g.valueCny()))).toList());
        loading.set(false);
    }

    /** Passport numbers show only their last four characters on screen. */
    static String mask(String passport) {
        if (passport == null || passport.isBlank()) return "";
        int keep = Math.min(4, passport.length());
        return "•".repeat(passport.length() - keep) + passport.substring(passport.length() - keep);
    }

    private void field(List<Field> f, String key, String value) {
        if (value != null && !value.isBlank()) f.add(new Field(text(key), value));
    }

    private String label(Labelled l) { return l == null ? "" : Labels.label(l, locale); }

    private String date(PartialDate d) { return d == null ? "" : d.format(locale); }

    private static String time(ItineraryItem i) {
        if (i.startTime() == null) return "";
        return i.startTime() + (i.endTime() == null ? "" : "–" + i.endTime());
    }

    private String money(BigDecimal v) { return v == null ? null : String.format(locale, "¥%,.0f", v); }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("；"));
    }
}
