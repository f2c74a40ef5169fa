package org.liaisondesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.reminder.Agenda;
import org.liaisondesk.domain.reminder.CountryExchanges;
import org.liaisondesk.domain.reminder.ExchangeYear;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.records.ListPreset;

/**
 * The first screen: what is coming up in the next 30 days, what is due or overdue, which partners
 * are going quiet, exchanges per year and the countries/regions most dealt with, and the record
 * counts. Every line and bar opens the records behind it.
 */
public final class DashboardViewModel {
    /** The kinds shown as tiles, in the office's order of importance. */
    public static final List<RecordKind> TILES = List.of(RecordKind.DELEGATION, RecordKind.ORGANISATION,
            RecordKind.CONTACT, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.EVENT, RecordKind.OFFICE_ABROAD,
            RecordKind.DELEGATION_MEMBER, RecordKind.ITINERARY_ITEM, RecordKind.GIFT);
    /** Years in the exchanges chart, ending with this one. */
    public static final int YEARS_SHOWN = 12;
    public static final int COUNTRIES_SHOWN = 10;
    /** The exchanges chart's series, in order: delegations received, sent, events. */
    public static final int RECEIVED = 0, SENT = 1, EVENTS = 2;

    /** Where the dashboard sends the user. */
    public interface Navigator {
        void open(RecordKind kind, long id);

        void openList(RecordKind kind, ListPreset preset);
    }

    private final ReadOnlyObjectProperty<Map<RecordKind, Long>> counts;
    private final ReadOnlyLongProperty inventedRecords;
    private final Locale locale;
    private final Runnable loadSample;
    private final Services services;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Navigator navigator;
    private final ReminderText words;

    private final ObservableList<ReminderLine> coming = FXCollections.observableArrayList();
    private final ObservableList<ReminderLine> due = FXCollections.observableArrayList();
    private final ObservableList<ReminderLine> quiet = FXCollections.observableArrayList();
    private final ObservableList<ExchangeYear> years = FXCollections.observableArrayList();
    private final ObservableList<CountryExchanges> countries = FXCollections.observableArrayList();
    private final StringProperty quietMore = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty backupWarning = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public DashboardViewModel(ReadOnlyObjectProperty<Map<RecordKind, Long>> counts, ReadOnlyLongProperty inventedRecords,
                              Locale locale, Runnable loadSample, Services services, TaskRunner tasks,
                              Supplier<LocalDate> today, Navigator navigator) {
        this.counts = counts;
        this.inventedRecords = inventedRecords;
        this.locale = locale;
        this.loadSample = loadSample;
        this.services = services;
        this.tasks = tasks;
        this.today = today;
        this.navigator = navigator;
        this.words = new ReminderText(locale);
        // Loading the sample data (or any change of the counts) changes what is due; the view model
        // lives as long as the dashboard is shown, so the shell's property holds it only weakly.
        counts.addListener(new javafx.beans.WeakInvalidationListener(reload));
    }

    private final javafx.beans.InvalidationListener reload = o -> load();

    /** {@code backupWarning}: the key of the backup warning, or null when backups are fine. */
    private record Read(Agenda agenda, List<ExchangeYear> years, List<CountryExchanges> countries, String backupWarning) {}

    /** Reads reminders and figures in the background; the lists fill when they are known. */
    public void load() {
        if (services == null) return;
        loading.set(true);
        LocalDate day = today.get();
        tasks.run(() -> new Read(services.reminders().agenda(day),
                services.reminders().exchangesPerYear(day.getYear() - YEARS_SHOWN + 1, day.getYear()),
                services.reminders().topCountries(COUNTRIES_SHOWN),
                backupWarningKey(day)), r -> {
            backupWarning.set(r.backupWarning() == null ? "" : text(r.backupWarning()));
            coming.setAll(r.agenda().coming().stream().map(words::line).toList());
            due.setAll(r.agenda().due().stream().map(words::line).toList());
            quiet.setAll(r.agenda().quiet().stream().map(words::quiet).toList());
            long more = r.agenda().quietTotal() - r.agenda().quiet().size();
            quietMore.set(more > 0 ? text("dashboard.quiet.more", more) : "");
            summary.set(summaryOf(r.agenda()));
            years.setAll(r.years());
            countries.setAll(r.countries());
            loading.set(false);
        }, e -> {
            loading.set(false);
            summary.set(text("dashboard.failed", e.getMessage()));
        });
    }

    private String backupWarningKey(LocalDate day) {
        if (!services.autoBackups().overdue(day.atTime(java.time.LocalTime.now()))) return null;
        return services.autoBackups().lastBackup().isPresent() ? "dashboard.backup.overdue" : "dashboard.backup.never";
    }

    public String summaryOf(Agenda a) { return summary(locale, a); }

    /** One sentence for the top of the dashboard and the start-up notification. */
    public static String summary(Locale locale, Agenda a) {
        long overdue = a.overdue();
        return Messages.format(locale, "dashboard.summary", List.of(a.coming().size(), a.due().size() - overdue, overdue));
    }

    public ObservableList<ReminderLine> coming() { return coming; }
    public ObservableList<ReminderLine> due() { return due; }
    public ObservableList<ReminderLine> quiet() { return quiet; }
    public ObservableList<ExchangeYear> years() { return years; }
    public ObservableList<CountryExchanges> countries() { return countries; }
    public ReadOnlyStringProperty quietMoreProperty() { return quietMore; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    /** Says so when there has been no good backup for a week; empty otherwise. */
    public ReadOnlyStringProperty backupWarningProperty() { return backupWarning; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    public void open(ReminderLine line) { navigator.open(line.kind(), line.id()); }

    /** A bar of the exchanges chart: that year's delegations of the direction, or its events. */
    public void openYear(int year, int series) {
        switch (series) {
            case RECEIVED -> navigator.openList(RecordKind.DELEGATION, ListPreset.year(Direction.INCOMING.name(), null, year));
            case SENT -> navigator.openList(RecordKind.DELEGATION, ListPreset.year(Direction.OUTGOING.name(), null, year));
            default -> navigator.openList(RecordKind.EVENT, ListPreset.year(null, null, year));
        }
    }

    /** A bar of the countries chart: the delegations or events concerning that country/region. */
    public void openCountry(String iso2, boolean events) {
        navigator.openList(events ? RecordKind.EVENT : RecordKind.DELEGATION, ListPreset.country(iso2));
    }

    public String seriesName(int series) {
        return text(switch (series) {
            case RECEIVED -> "dashboard.series.received";
            case SENT -> "dashboard.series.sent";
            default -> "dashboard.series.events";
        });
    }

    public String countriesSeriesName(boolean events) { return text(events ? "dashboard.series.events" : "dashboard.series.delegations"); }

    public String countryName(CountryExchanges c) { return locale.getLanguage().equals("zh") ? c.nameZh() : c.nameEn(); }

    public String label(RecordKind kind) { return text("dashboard.tile." + kind.name()); }

    /** Says how many invented sample records there are; empty when there are none. */
    public StringBinding sampleNotice() {
        return Bindings.createStringBinding(() -> inventedRecords.get() == 0 ? ""
                : text("dashboard.samples", inventedRecords.get()), inventedRecords);
    }

    public StringBinding countText(RecordKind kind) {
        return Bindings.createStringBinding(() -> {
            Long n = counts.get().get(kind);
            return n == null ? "–" : String.format(locale, "%,d", n);
        }, counts);
    }

    /** True once counts are known and every one is zero. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> !counts.get().isEmpty()
                && counts.get().values().stream().allMatch(n -> n == 0), counts);
    }

    public void loadSample() { loadSample.run(); }

    public String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
