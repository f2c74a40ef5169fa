package org.liaisondesk.ui.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.list.ListIndex;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * One record list: the rows of a kind filtered by text, country/region, status and years as the
 * user types, sorted by any column. The rows live in memory (see ListIndex), so each keystroke is
 * a few milliseconds of work off the FX thread; a newer keystroke supersedes an older one.
 */
public final class RecordListViewModel {
    private final Services services;
    private final RecordKind kind;
    private final Locale locale;
    private final TaskRunner tasks;
    private final List<ListColumn> columns;
    private final java.util.function.LongConsumer opener;
    private Runnable creator;

    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Choice> country = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> recordKind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObservableList<ListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> countries = FXCollections.observableArrayList();
    private final StringProperty countText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);

    private ListIndex index;
    private int sortColumn = -1;
    private boolean ascending = true;
    private long requested;

    /** @param opener opens a record of this kind; null where the kind has no detail view yet */
    public RecordListViewModel(Services services, RecordKind kind, Locale locale, TaskRunner tasks,
                               java.util.function.LongConsumer opener) {
        this.services = services;
        this.opener = opener;
        this.kind = kind;
        this.locale = locale;
        this.tasks = tasks;
        this.columns = services.lists().columns(kind);
        countText.set(text("list.loading", label(kind.labelKey())));
        filterText.addListener((o, a, b) -> refilter());
        country.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        recordKind.addListener((o, a, b) -> refilter());
        fromYear.addListener((o, a, b) -> refilter());
        toYear.addListener((o, a, b) -> refilter());
    }

    public RecordKind kind() { return kind; }
    public List<ListColumn> columns() { return columns; }
    public String header(ListColumn c) { return label("column." + c.key()); }
    public StringProperty filterTextProperty() { return filterText; }
    public ObjectProperty<Choice> countryProperty() { return country; }
    public ObjectProperty<Choice> statusProperty() { return status; }
    /** The kind filter: an organisation's or agreement's type, a delegation's direction. */
    public ObjectProperty<Choice> kindProperty() { return recordKind; }
    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }
    public ObjectProperty<Integer> toYearProperty() { return toYear; }
    public ObservableList<ListRow> rows() { return rows; }
    public ObservableList<Choice> countries() { return countries; }
    public ReadOnlyStringProperty countTextProperty() { return countText; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    /** What the empty table says while rows are read, and once read when nothing matches. */
    public String readingText() { return label("list.reading"); }

    public String emptyText() { return label("list.empty"); }

    /** Kinds to filter by, "all kinds" first; empty when the list has no kind filter. */
    public List<Choice> kinds() {
        Class<? extends Enum<?>> type = switch (kind) {
            case ORGANISATION -> OrganisationType.class;
            case AGREEMENT -> AgreementType.class;
            case DELEGATION -> Direction.class;
            default -> null;
        };
        if (type == null) return List.of();
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, label("list.kind.all")));
        for (Enum<?> e : type.getEnumConstants()) out.add(new Choice(e.name(), Labels.label((Labelled) e, locale)));
        return out;
    }

    /** Statuses (for events: kinds) to filter by, "all" first; empty when the kind has none. */
    public List<Choice> statuses() {
        Class<? extends Enum<?>> type = switch (kind) {
            case ORGANISATION -> OrganisationStatus.class;
            case DELEGATION -> DelegationStatus.class;
            case AGREEMENT -> AgreementStatus.class;
            case PROJECT -> ProjectStatus.class;
            case EVENT -> EventKind.class;
            case OFFICE_ABROAD -> OfficeStatus.class;
            default -> null;
        };
        if (type == null) return List.of();
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, label(kind == RecordKind.EVENT ? "list.kind.all" : "list.status.all")));
        for (Enum<?> e : type.getEnumConstants()) out.add(new Choice(e.name(), Labels.label((Labelled) e, locale)));
        return out;
    }

    /** What a cell shows: dates in the user's form, everything else as it is. */
    public String display(ListColumn column, String cell) {
        if (cell == null) return "";
        return column.type() == ListColumn.Type.DATE ? PartialDate.parse(cell).format(locale) : cell;
    }

    /** Reads the list (once per change of the data) and the country/region choices. */
    public void load() {
        loading.set(true);
        tasks.run(() -> {
            ListIndex built = services.lists().index(kind, locale);
            List<Choice> choices = new ArrayList<>();
            for (CountryRegion c : services.countries().all()) choices.add(new Choice(c.iso2(), c.name(locale)));
            choices.sort(Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
            choices.add(0, new Choice(null, label("list.country.all")));
            return new Loaded(built, choices);
        }, loaded -> {
            index = loaded.index();
            countries.setAll(loaded.countries());
            refilter();
        }, this::failed);
    }

    private record Loaded(ListIndex index, List<Choice> countries) {}

    public boolean canOpen() { return opener != null; }

    /** Offers "New" in this list; without it the list has no editor yet. */
    public void allowCreate(Runnable create) { creator = create; }

    private org.liaisondesk.ui.common.DialogService exportDialogs;

    /** Lets the list save the rows it shows (its current filter) as a CSV file for Excel. */
    public void allowExport(org.liaisondesk.ui.common.DialogService dialogs) { exportDialogs = dialogs; }

    public boolean canExport() { return exportDialogs != null && csvType() != null; }

    /** The DOMAIN.md CSV file of this kind of record. */
    private String csvType() {
        return switch (kind) {
            case ORGANISATION -> "organizations";
            case CONTACT -> "contacts";
            case AGREEMENT -> "agreements";
            case DELEGATION -> "delegations";
            case PROJECT -> "projects";
            case EVENT -> "events";
            case OFFICE_ABROAD -> "offices";
            default -> null;
        };
    }

    /** Saves the rows shown, as filtered now, as CSV (UTF-8 with BOM, the file's canonical headers). */
    public void exportShown() {
        if (!canExport()) return;
        List<Long> ids = rows.stream().map(ListRow::id).toList();
        String type = csvType();
        exportDialogs.chooseSaveFile(label("csv.export.title"), type + ".csv").ifPresent(file ->
                tasks.run(() -> services.csv(type).export(file, java.nio.charset.StandardCharsets.UTF_8, true, ids),
                        n -> exportDialogs.info(label("csv.export.title"), Messages.format(locale, "csv.cli.exported",
                                List.of(n, file))),
                        t -> exportDialogs.error(label("dialog.error"),
                                org.liaisondesk.service.Failures.describe(locale, t, services.dataFolder()))));
    }

    public boolean canCreate() { return creator != null; }

    public void create() {
        if (creator != null) creator.run();
    }

    public String openHint() {
        if (!canOpen()) return "";
        return Messages.format(locale, "list.open.hint", List.of(Labels.label(kind, locale)));
    }

    public void open(ListRow row) {
        if (opener != null && row != null) opener.accept(row.id());
    }

    public void sortBy(int column, boolean asc) {
        sortColumn = column;
        ascending = asc;
        refilter();
    }

    public void clearFilters() {
        filterText.set("");
        country.set(null);
        status.set(null);
        recordKind.set(null);
        fromYear.set(null);
        toYear.set(null);
    }

    private void refilter() {
        if (index == null) return;
        ListIndex current = index;
        ListQuery q = new ListQuery(filterText.get(), code(country.get()), code(status.get()), fromYear.get(), toYear.get(),
                code(recordKind.get()));
        int col = sortColumn;
        boolean asc = ascending;
        long ticket = ++requested;
        loading.set(true);
        tasks.run(() -> {
            List<ListRow> found = current.filter(q);
            return col < 0 ? found : ListIndex.sort(found, col, columns.get(col).type(), asc, locale);
        }, found -> {
            if (ticket != requested) return; // a newer keystroke is on its way
            rows.setAll(found);
            countText.set(text("list.count", String.format(locale, "%,d", found.size()),
                    String.format(locale, "%,d", current.size())));
            loading.set(false);
        }, this::failed);
    }

    private void failed(Throwable t) {
        loading.set(false);
        countText.set(Failures.describe(locale, t, services.dataFolder()));
    }

    private static String code(Choice c) { return c == null ? null : c.code(); }

    private String label(String key) { return Messages.format(locale, key, List.of()); }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
