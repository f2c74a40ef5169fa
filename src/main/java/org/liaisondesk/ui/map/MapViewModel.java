package org.liaisondesk.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.map.City;
import org.liaisondesk.domain.map.Marker;
import org.liaisondesk.domain.map.Measure;
import org.liaisondesk.domain.map.WorldMap;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.PictureExportViewModel;
import org.liaisondesk.ui.common.SharedSelection;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;

/**
 * The partner map's state: the measure and years that colour it, its class breaks, the markers,
 * and the chosen country/region (shared with the timeline and the lists) with its side panel.
 */
public final class MapViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PageActions actions;
    private final SharedSelection shared;
    private final PictureExportViewModel pictures;
    private List<TimelineItem> items = List.of();
    private List<City> cities = List.of();
    private Map<String, String> countryNames = Map.of();
    private final ObjectProperty<WorldMap> map = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> measure = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, Integer>> values = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<List<Marker>> markers = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final StringProperty panelTitle = new SimpleStringProperty("");
    private final ObservableList<Field> panelFacts = FXCollections.observableArrayList();
    private final ObservableList<RecordEntry> panelItems = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringProperty source = new SimpleStringProperty("");
    private int[] breaks = new int[0];

    public MapViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs, PageActions actions,
                        SharedSelection shared) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actions = actions;
        this.shared = shared;
        this.pictures = new PictureExportViewModel(services, locale, tasks, dialogs);
        measure.set(measures().get(measures().size() - 1));
        measure.addListener((o, a, b) -> recount());
        fromYear.addListener((o, a, b) -> recount());
        toYear.addListener((o, a, b) -> recount());
        selected.bindBidirectional(shared.countryProperty());
        selected.addListener((o, a, b) -> showPanel(b));
    }

    public List<Choice> measures() {
        return java.util.Arrays.stream(Measure.values()).map(m -> new Choice(m.name(), Labels.label(m, locale))).toList();
    }

    public ReadOnlyObjectProperty<WorldMap> mapProperty() { return map; }
    public ObjectProperty<Choice> measureProperty() { return measure; }
    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }
    public ObjectProperty<Integer> toYearProperty() { return toYear; }
    public ReadOnlyObjectProperty<Map<String, Integer>> valuesProperty() { return values; }
    public ReadOnlyObjectProperty<List<Marker>> markersProperty() { return markers; }
    /** The chosen country/region (ISO code), shared with the timeline and the lists; null for none. */
    public ObjectProperty<String> selectedProperty() { return selected; }
    public ReadOnlyStringProperty panelTitleProperty() { return panelTitle; }
    public ObservableList<Field> panelFacts() { return panelFacts; }
    public ObservableList<RecordEntry> panelItems() { return panelItems; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    /** "地图数据：…", always shown under the map. */
    public ReadOnlyStringProperty sourceProperty() { return source; }
    public int[] breaks() { return breaks.clone(); }
    public String legendTitle() { return measure.get() == null ? "" : measure.get().label(); }

    private record Loaded(WorldMap map, List<City> cities, List<TimelineItem> items, Map<String, String> names) {}

    public void load() {
        loading.set(true);
        tasks.run(() -> {
            Map<String, String> names = new HashMap<>();
            for (CountryRegion c : services.countries().all()) names.put(c.iso2(), c.name(locale));
            return new Loaded(services.map().currentMap(), services.map().cities(),
                    services.timeline().items(locale, LocalDate.now()), names);
        }, l -> {
            cities = l.cities();
            items = l.items();
            countryNames = l.names();
            source.set(Messages.format(locale, "map.source", List.of(l.map().source())));
            map.set(l.map());
            recount();
            showPanel(selected.get());
        }, this::failed);
    }

    private record Counted(Map<String, Integer> values, List<Marker> markers) {}

    private void recount() {
        if (map.get() == null) return;
        Measure m = Measure.valueOf(measure.get().code());
        Integer from = fromYear.get(), to = toYear.get();
        List<TimelineItem> source = items;
        List<City> places = cities;
        tasks.run(() -> new Counted(services.map().measure(m, from, to, source), services.map().markers(from, to, places, locale)),
                c -> {
                    breaks = breaks(c.values());
                    values.set(c.values());
                    markers.set(c.markers());
                    loading.set(false);
                }, this::failed);
    }

    /**
     * Up to four upper bounds of classes, at the quintiles of the non-zero values, so that each
     * colour holds about as many countries/regions; fewer classes when there are fewer distinct values.
     */
    static int[] breaks(Map<String, Integer> values) {
        List<Integer> v = values.values().stream().filter(x -> x > 0).sorted().toList();
        if (v.isEmpty()) return new int[0];
        List<Integer> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int b = v.get(Math.min(v.size() - 1, (int) Math.ceil(q * v.size() / 5.0) - 1));
            if (b < v.get(v.size() - 1) && (out.isEmpty() || b > out.get(out.size() - 1))) out.add(b);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name(String key) {
        if (key.startsWith("city:")) {
            String[] p = key.split(":", 3);
            return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? p[1] : p[2];
        }
        return countryNames.getOrDefault(key, key);
    }

    public String describe(Object o) {
        if (o instanceof Marker m) {
            String city = name("city:" + m.city().nameZh() + ":" + m.city().nameEn());
            return m.office() ? Messages.format(locale, "map.tip.office", List.of(m.label(), city))
                    : Messages.format(locale, "map.tip.city", List.of(city, m.count()));
        }
        String iso = (String) o;
        return Messages.format(locale, "map.tip.country", List.of(name(iso), legendTitle(), values.get().getOrDefault(iso, 0)));
    }

    /** A click on the map: a country/region, or (null) the sea. */
    public void select(String iso2) { selected.set(iso2); }

    private void showPanel(String iso2) {
        panelFacts.clear();
        panelItems.clear();
        if (iso2 == null) {
            panelTitle.set("");
            return;
        }
        panelTitle.set(name(iso2));
        List<TimelineItem> here = items.stream().filter(i -> i.countries().contains(iso2)).toList();
        tasks.run(() -> services.lists().relatedToCountry(iso2, locale), related -> {
            List<Field> f = new ArrayList<>();
            related.forEach((k, rows) -> f.add(new Field(text("dashboard.tile." + k.name()), String.format(locale, "%,d", rows.size()))));
            long today = LocalDate.now().toEpochDay();
            here.stream().filter(i -> i.kind() != RecordKind.OFFICE_ABROAD && i.start() <= today)
                    .max(Comparator.comparingLong(TimelineItem::start))
                    .ifPresent(i -> f.add(0, new Field(text("column.lastContact"), started(i))));
            panelFacts.setAll(f);
            List<RecordEntry> out = new ArrayList<>();
            List<ListRow> partners = related.getOrDefault(RecordKind.ORGANISATION, List.of());
            if (!partners.isEmpty()) {
                out.add(RecordEntry.header(RecordKind.ORGANISATION, text("map.partners")));
                partners.stream().limit(8).forEach(r -> out.add(RecordEntry.of(RecordKind.ORGANISATION, r)));
            }
            List<TimelineItem> latest = here.stream().sorted(Comparator.comparingLong(TimelineItem::start).reversed())
                    .limit(8).toList();
            if (!latest.isEmpty()) {
                out.add(RecordEntry.header(RecordKind.EVENT, text("map.latest")));
                latest.forEach(i -> out.add(new RecordEntry(i.kind(), i.id(), i.title(), kindName(i.kind()) + " · " + i.when())));
            }
            panelItems.setAll(out);
        }, this::failed);
    }

    /** When an item began, at the precision it is known to. */
    private String started(TimelineItem i) {
        LocalDate d = LocalDate.ofEpochDay(i.start());
        return (i.fuzzyStart() ? org.liaisondesk.domain.PartialDate.ofYear(d.getYear())
                : org.liaisondesk.domain.PartialDate.of(d)).format(locale);
    }

    private String kindName(RecordKind k) {
        String label = Labels.label(k, locale);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public void open(RecordEntry e) {
        if (e != null && !e.header()) actions.open(e);
    }

    /** The country/region's own page, with everything about it. */
    public void openCountry() {
        if (selected.get() != null) actions.openCountry(selected.get());
    }

    /** Saves the current view (pixels from the view) as a PNG file the user names. */
    public void exportPng(int width, int height, int[] argb) {
        pictures.save("map.export.title", "map.export.name", width, height, argb);
    }

    public void printUnavailable() { pictures.printUnavailable(); }

    private void failed(Throwable t) {
        loading.set(false);
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
