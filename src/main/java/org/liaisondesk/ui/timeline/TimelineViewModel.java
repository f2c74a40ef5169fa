package org.liaisondesk.ui.timeline;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.PictureExportViewModel;
import org.liaisondesk.ui.common.SharedSelection;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;

/**
 * The timeline's data and filters: every dated record, narrowed by kinds, country/region (shared
 * with the map), organisation, text and years, laid out in lanes off the FX thread. Selecting an
 * item shows its details; opening one opens its form.
 */
public final class TimelineViewModel {
    public static final List<RecordKind> KINDS = List.of(RecordKind.DELEGATION, RecordKind.EVENT, RecordKind.AGREEMENT,
            RecordKind.PROJECT, RecordKind.OFFICE_ABROAD);

    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PageActions actions;
    private final SharedSelection shared;
    private final PictureExportViewModel pictures;
    private List<TimelineItem> all = List.of();
    private Map<String, String> countryNames = Map.of();
    private Map<Long, String> organisationNames = Map.of();
    private final Map<RecordKind, BooleanProperty> shown = new java.util.EnumMap<>(RecordKind.class);
    private final ObjectProperty<LaneLayout.Mode> mode = new SimpleObjectProperty<>(LaneLayout.Mode.KIND);
    private final ObjectProperty<Choice> country = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<TimelineItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<Field> details = FXCollections.observableArrayList();
    private final ObservableList<Choice> countries = FXCollections.observableArrayList();
    private final ObservableList<Choice> organisations = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringProperty countText = new SimpleStringProperty("");
    private final IntegerProperty generation = new SimpleIntegerProperty();
    private boolean fitNext = true;
    private final javafx.beans.value.ChangeListener<String> followShared = (o, a, b) -> chooseCountry(b);

    public TimelineViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs, PageActions actions,
                             SharedSelection shared) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actions = actions;
        this.shared = shared;
        this.pictures = new PictureExportViewModel(services, locale, tasks, dialogs);
        for (RecordKind k : KINDS) {
            BooleanProperty p = new SimpleBooleanProperty(true);
            p.addListener((o, a, b) -> relayout(false));
            shown.put(k, p);
        }
        mode.addListener((o, a, b) -> relayout(false));
        organisation.addListener((o, a, b) -> relayout(false));
        text.addListener((o, a, b) -> relayout(false));
        fromYear.addListener((o, a, b) -> relayout(true));
        toYear.addListener((o, a, b) -> relayout(true));
        // The map and the timeline filter each other by country/region.
        country.addListener((o, a, b) -> {
            String code = b == null ? null : b.code();
            if (!java.util.Objects.equals(shared.countryProperty().get(), code)) shared.countryProperty().set(code);
            relayout(false);
        });
        // Weakly: the shared selection outlives this page, and must not keep its 100,000 items alive.
        shared.countryProperty().addListener(new javafx.beans.value.WeakChangeListener<>(followShared));
        selected.addListener((o, a, b) -> showDetails(b));
    }

    public BooleanProperty shownProperty(RecordKind kind) { return shown.get(kind); }
    public ObjectProperty<LaneLayout.Mode> modeProperty() { return mode; }
    public ObjectProperty<Choice> countryProperty() { return country; }
    public ObjectProperty<Choice> organisationProperty() { return organisation; }
    public StringProperty textProperty() { return text; }
    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }
    public ObjectProperty<Integer> toYearProperty() { return toYear; }
    /** The lanes to draw; replaced (never changed) when data or filters change. */
    public ReadOnlyObjectProperty<LaneLayout> layoutProperty() { return layout; }
    /** True when the new layout should be fitted to the window (first load, a changed year range). */
    public boolean takeFit() {
        boolean f = fitNext;
        fitNext = false;
        return f;
    }
    public ObjectProperty<TimelineItem> selectedProperty() { return selected; }
    public ObservableList<Field> details() { return details; }
    public ObservableList<Choice> countries() { return countries; }
    public ObservableList<Choice> organisations() { return organisations; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ReadOnlyStringProperty countTextProperty() { return countText; }
    public Locale locale() { return locale; }

    public List<Choice> modes() {
        return java.util.Arrays.stream(LaneLayout.Mode.values())
                .map(m -> new Choice(m.name(), text("timeline.lanes." + m.name()))).toList();
    }

    /** A kind as a heading ("Delegations", "团组"). */
    public String label(RecordKind kind) { return text("dashboard.tile." + kind.name()); }

    private record Loaded(List<TimelineItem> items, Map<String, String> countries, Map<Long, String> organisations) {}

    public void load() {
        loading.set(true);
        tasks.run(() -> {
            List<TimelineItem> items = services.timeline().items(locale, LocalDate.now());
            Map<String, String> names = new HashMap<>();
            for (CountryRegion c : services.countries().all()) names.put(c.iso2(), c.name(locale));
            Map<Long, String> orgs = new HashMap<>();
            java.util.Set<Long> used = new java.util.HashSet<>();
            for (TimelineItem i : items) used.addAll(i.organisations());
            services.lists().pickList(RecordKind.ORGANISATION, locale).forEach((id, name) -> {
                if (used.contains(id)) orgs.put(id, name);
            });
            return new Loaded(items, names, orgs);
        }, l -> {
            all = l.items();
            countryNames = l.countries();
            organisationNames = l.organisations();
            countries.setAll(choices(all.stream().flatMap(i -> i.countries().stream()).distinct().toList(),
                    c -> countryNames.getOrDefault(c, c), "timeline.allCountries"));
            organisations.setAll(choices(new ArrayList<>(organisationNames.keySet()).stream().map(String::valueOf).toList(),
                    id -> organisationNames.get(Long.valueOf(id)), "timeline.allOrganisations"));
            fitNext = true;
            chooseCountry(shared.countryProperty().get());
            relayout(true);
        }, t -> {
            loading.set(false);
            dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private List<Choice> choices(List<String> codes, Function<String, String> name, String allKey) {
        Collator order = Collator.getInstance(locale);
        List<Choice> out = new ArrayList<>(codes.stream().map(c -> new Choice(c, name.apply(c)))
                .sorted(Comparator.comparing(Choice::label, order)).toList());
        out.add(0, new Choice(null, text(allKey)));
        return out;
    }

    private void chooseCountry(String iso2) {
        Choice now = country.get();
        if (java.util.Objects.equals(now == null ? null : now.code(), iso2)) return;
        country.set(iso2 == null ? null : countries.stream().filter(c -> iso2.equals(c.code())).findFirst()
                .orElse(new Choice(iso2, countryNames.getOrDefault(iso2, iso2))));
    }

    /** Filters and lays out again in the background; the newest request wins. */
    private void relayout(boolean fit) {
        if (all.isEmpty() && !loading.get()) return;
        fitNext |= fit;
        int mine = generation.get() + 1;
        generation.set(mine);
        List<TimelineItem> source = all;
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        shown.forEach((k, p) -> { if (p.get()) kinds.add(k); });
        String c = country.get() == null ? null : country.get().code();
        Long org = organisation.get() == null || organisation.get().code() == null ? null : Long.valueOf(organisation.get().code());
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        Long from = fromYear.get() == null ? null : LocalDate.of(fromYear.get(), 1, 1).toEpochDay();
        Long to = toYear.get() == null ? null : LocalDate.of(toYear.get(), 12, 31).toEpochDay();
        LaneLayout.Mode m = mode.get();
        tasks.run(() -> {
            List<TimelineItem> kept = new ArrayList<>();
            for (TimelineItem i : source) {
                if (!kinds.contains(i.kind())) continue;
                if (c != null && !i.countries().contains(c)) continue;
                if (org != null && !i.organisations().contains(org)) continue;
                if (from != null && i.end() < from || to != null && i.start() > to) continue;
                if (!words.isEmpty() && !i.title().toLowerCase(Locale.ROOT).contains(words)) continue;
                kept.add(i);
            }
            return lanes(kept, m);
        }, built -> {
            if (generation.get() != mine) return;
            loading.set(false);
            int n = built.lanes().stream().mapToInt(LaneLayout.Lane::itemCount).sum();
            countText.set(Messages.format(locale, "timeline.count", List.of(String.format(locale, "%,d", n),
                    String.format(locale, "%,d", all.size()))));
            if (selected.get() != null && !contains(built, selected.get())) selected.set(null);
            layout.set(built);
        }, t -> dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder())));
    }

    private static boolean contains(LaneLayout l, TimelineItem item) {
        return l.lanes().stream().anyMatch(lane -> lane.rows().stream().anyMatch(r -> r.items().contains(item)));
    }

    LaneLayout lanes(List<TimelineItem> items, LaneLayout.Mode m) {
        Collator order = Collator.getInstance(locale);
        return switch (m) {
            case KIND -> LaneLayout.build(items, i -> List.of(laneKey(i)), this::kindLane,
                    Comparator.comparingInt(TimelineViewModel::kindRank));
            case COUNTRY -> LaneLayout.build(items, TimelineItem::countries, k -> countryNames.getOrDefault(k, k),
                    Comparator.comparing((String k) -> countryNames.getOrDefault(k, k), order));
            case ORGANISATION -> {
                Map<String, Integer> counts = new HashMap<>();
                for (TimelineItem i : items) for (Long o : i.organisations()) counts.merge(String.valueOf(o), 1, Integer::sum);
                // The busiest partners first: that is what a leader asks about.
                yield LaneLayout.build(items, i -> i.organisations().stream().map(String::valueOf).toList(),
                        k -> organisationNames.getOrDefault(Long.valueOf(k), k),
                        Comparator.comparing((String k) -> -counts.getOrDefault(k, 0)).thenComparing(k -> k));
            }
        };
    }

    /** Incoming and outgoing delegations get lanes of their own. */
    private static String laneKey(TimelineItem i) {
        return i.kind() == RecordKind.DELEGATION ? i.kind().name() + ":" + i.style().name() : i.kind().name();
    }

    private static int kindRank(String key) {
        String[] parts = key.split(":");
        int base = KINDS.indexOf(RecordKind.valueOf(parts[0])) * 2;
        return base + (parts.length > 1 && parts[1].equals("OUTGOING") ? 1 : 0);
    }

    private String kindLane(String key) {
        String[] parts = key.split(":");
        RecordKind k = RecordKind.valueOf(parts[0]);
        if (parts.length > 1) return text("timeline.lane." + parts[1]);
        return label(k);
    }

    /** What the tooltip says: title, dates, countries/regions, partners. */
    public String describe(TimelineItem i) {
        StringBuilder b = new StringBuilder(i.title()).append('\n').append(Labels.label(i.kind(), locale)).append(" · ")
                .append(i.when());
        String where = countryList(i);
        if (!where.isEmpty()) b.append('\n').append(where);
        String partners = partnerList(i);
        if (!partners.isEmpty()) b.append('\n').append(partners);
        return b.toString();
    }

    private void showDetails(TimelineItem i) {
        if (i == null) {
            details.clear();
            return;
        }
        List<Field> f = new ArrayList<>();
        f.add(new Field(text("column.kind"), Labels.label(i.kind(), locale)));
        f.add(new Field(text("column.title"), i.title()));
        f.add(new Field(text("detail.dates"), i.when()));
        if (!i.countries().isEmpty()) f.add(new Field(text("column.countries"), countryList(i)));
        if (!i.organisations().isEmpty()) f.add(new Field(text("column.partners"), partnerList(i)));
        details.setAll(f);
    }

    private String countryList(TimelineItem i) {
        return String.join(sep(), i.countries().stream().map(c -> countryNames.getOrDefault(c, c)).toList());
    }

    private String partnerList(TimelineItem i) {
        return String.join(sep(), i.organisations().stream().map(organisationNames::get).filter(java.util.Objects::nonNull).toList());
    }

    private String sep() { return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", "; }

    /** Opens the record's form (double-click or Enter on an item). */
    public void open(TimelineItem i) {
        if (i != null) actions.edit(i.kind(), i.id(), false);
    }

    /** Opens the selected record's page. */
    public void openSelected() {
        TimelineItem i = selected.get();
        if (i != null) actions.open(new org.liaisondesk.ui.common.RecordEntry(i.kind(), i.id(), i.title(), null));
    }

    public void clearFilters() {
        organisation.set(null);
        country.set(null);
        text.set("");
        fromYear.set(null);
        toYear.set(null);
        shown.values().forEach(p -> p.set(true));
    }

    /** Saves the current view (pixels from the view) as a PNG file the user names. */
    public void exportPng(int width, int height, int[] argb) {
        pictures.save("timeline.export.title", "timeline.export.name", width, height, argb);
    }

    public void printUnavailable() { pictures.printUnavailable(); }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
