package org.liaisondesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.AppVersion;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.PreferencesService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.dashboard.DashboardViewModel;
import org.liaisondesk.ui.records.RecordListViewModel;
import org.liaisondesk.ui.search.SearchViewModel;
import org.liaisondesk.ui.settings.SettingsViewModel;

/**
 * The main window's state: the selected section, the status bar, and the record counts that the
 * dashboard and the section placeholders share. The window shows before the database is open;
 * {@link #connect} hands the services over once it is, and counting then runs in the background.
 */
public final class ShellViewModel {
    private final Path dataFolder;
    private final PreferencesService preferences;
    private Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Locale locale;
    private final Consumer<Locale> languageSwitch;

    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ObjectProperty<Map<RecordKind, Long>> counts = new SimpleObjectProperty<>(Map.of());
    private final LongProperty inventedRecords = new SimpleLongProperty();
    private final StringProperty countsText = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObjectProperty<Object> detail = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private WorkspaceViewModel workspace;
    private final StringProperty startupNotice = new SimpleStringProperty("");
    private java.util.function.Supplier<java.time.LocalDate> today = java.time.LocalDate::now;
    /** Filters the next list opens with, set when the dashboard sends the user to a list. */
    private org.liaisondesk.ui.records.ListPreset pendingPreset;
    private final org.liaisondesk.ui.common.SharedSelection shared = new org.liaisondesk.ui.common.SharedSelection();

    /**
     * @param languageSwitch called when the user picks another language; the window is rebuilt in it
     */
    public ShellViewModel(Path dataFolder, PreferencesService preferences, TaskRunner tasks, DialogService dialogs,
                          Locale locale, Consumer<Locale> languageSwitch) {
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.locale = locale;
        this.languageSwitch = languageSwitch;
        countsText.set(text("status.opening"));
    }

    /** The database is open: sections that need records can show, and the counts are fetched. */
    public void connect(Services s) {
        services = s;
        workspace = new WorkspaceViewModel(s, locale, tasks, dialogs, this::refreshCounts);
        workspace.onShowSection(this::showSection);
        detail.bind(workspace.detailProperty());
        opening.bind(workspace.openingProperty());
        notice.bind(workspace.noticeProperty());
        ready.set(true);
        refreshCounts();
        checkReminders();
        s.autoBackups().startChecks();
    }

    /** For tests: the day the reminders are judged on. */
    public void today(java.util.function.Supplier<java.time.LocalDate> day) { today = day; }

    public Locale locale() { return locale; }
    public List<Section> sections() { return List.of(Section.values()); }
    public ObjectProperty<Section> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Map<RecordKind, Long>> countsProperty() { return counts; }
    public ReadOnlyStringProperty countsTextProperty() { return countsText; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** A page or form is being read: the window shows it is working. */
    public ReadOnlyBooleanProperty openingProperty() { return opening; }
    /** A short message about the last action (e.g. a delete that Ctrl+Z can undo). */
    public ReadOnlyStringProperty noticeProperty() { return notice; }

    /** Ctrl+Z: puts the last deleted record back, with its links, and shows it. */
    public void undoDelete() { if (workspace != null) workspace.undoDelete(); }

    /** The pages and forms over the lists; null until the database is open. */
    public WorkspaceViewModel workspace() { return workspace; }

    /** False until {@link #connect}: until then the content area says the data is being opened. */
    public ReadOnlyBooleanProperty readyProperty() { return ready; }

    public String dataFolderText() {
        return Messages.format(locale, "status.dataFolder", List.of(dataFolder));
    }

    /** Goes to a section, unless an unsaved form is open and the user keeps it. */
    public void select(Section s) {
        if (workspace != null && !workspace.mayLeave()) return;
        showSection(s);
    }

    private void showSection(Section s) {
        if (workspace != null) workspace.detailProperty().set(null);
        selected.set(s);
    }

    /** Selects the section of a kind of record, without asking: the caller has asked already. */
    private void showSection(RecordKind kind) {
        sections().stream().filter(x -> x.records() == kind).findFirst().ifPresent(this::showSection);
    }

    public void refreshCounts() {
        busy.set(true);
        tasks.run(() -> new Overview(services.statistics().counts(), services.statistics().inventedRecords()), o -> {
            Map<RecordKind, Long> m = o.counts();
            inventedRecords.set(o.invented());
            counts.set(m);
            countsText.set(Messages.format(locale, "status.counts", java.util.stream.Stream.of(RecordKind.ORGANISATION,
                    RecordKind.CONTACT, RecordKind.DELEGATION, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.EVENT)
                    .map(k -> (Object) String.format(locale, "%,d", m.get(k))).toList()));
            busy.set(false);
        }, this::failed);
    }

    private record Overview(Map<RecordKind, Long> counts, long invented) {}

    /** On the first start with an empty database, offers the sample data once. */
    public void offerSampleIfEmpty() {
        if (preferences.load().sampleOffered()) return;
        tasks.run(() -> services.statistics().isEmpty(), empty -> {
            preferences.save(preferences.load().withSampleOffered());
            if (empty && dialogs.confirm(text("sample.offer.title"), text("sample.offer.text"))) loadSample();
        }, this::failed);
    }

    public void loadSample() {
        busy.set(true);
        countsText.set(text("sample.loading"));
        tasks.run(() -> services.sampleData().load(false), m -> {
            busy.set(false);
            refreshCounts();
        }, this::failed);
    }

    public void about() {
        dialogs.info(text("about.title"), String.join("\n\n",
                Messages.format(locale, "about.version", List.of(AppVersion.version())),
                Messages.format(locale, "about.dataFolder", List.of(dataFolder)),
                text("about.licence"), text("about.libraries"), text("about.data")));
    }

    public DashboardViewModel dashboard() {
        return new DashboardViewModel(counts, inventedRecords, locale, this::loadSample, services, tasks, today,
                new DashboardViewModel.Navigator() {
                    @Override
                    public void open(RecordKind kind, long id) {
                        if (workspace != null) workspace.open(new org.liaisondesk.ui.common.RecordEntry(kind, id, null, null));
                    }

                    @Override
                    public void openList(RecordKind kind, org.liaisondesk.ui.records.ListPreset preset) {
                        if (workspace != null && !workspace.mayLeave()) return;
                        pendingPreset = preset;
                        showSection(kind);
                    }
                });
    }

    /** What is due, said once after start-up when anything is due or overdue; empty otherwise. */
    public ReadOnlyStringProperty startupNoticeProperty() { return startupNotice; }

    /** Reads the reminders once the data is open, for the start-up notification. */
    private void checkReminders() {
        java.time.LocalDate day = today.get();
        tasks.run(() -> services.reminders().agenda(day), agenda -> {
            if (agenda.due().isEmpty()) return;
            startupNotice.set(DashboardViewModel.summary(locale, agenda));
        }, t -> { });
    }

    /** Shows the dashboard (from the start-up notification). */
    public void showDashboard() { select(Section.DASHBOARD); }

    public SettingsViewModel settings() {
        return new SettingsViewModel(preferences, locale, dataFolder, languageSwitch, this::about);
    }

    public RecordListViewModel list(Section s) {
        RecordKind kind = s.records();
        RecordListViewModel list = new RecordListViewModel(services, kind, locale, tasks, id -> workspace.openRecord(kind, id));
        list.allowCreate(() -> workspace.create(kind));
        list.allowExport(dialogs);
        // A country/region chosen on the map (or the timeline) narrows the lists too.
        String chosen = shared.countryProperty().get();
        org.liaisondesk.ui.records.ListPreset preset = pendingPreset;
        pendingPreset = null;
        if (preset != null) {
            String iso = preset.country();
            preset.applyTo(list, iso == null ? null : services.countries().find(iso).map(c -> c.name(locale)).orElse(iso));
        } else if (chosen != null) {
            services.countries().find(chosen).ifPresent(c -> list.countryProperty().set(new Choice(c.iso2(), c.name(locale))));
        }
        return list;
    }

    /** Global search; {@code close} hides its window before a found record is shown. */
    public SearchViewModel search(Runnable close) {
        return new SearchViewModel(services, locale, tasks, found -> {
            close.run();
            workspace.open(found);
        });
    }

    /** The record open over the current list (a page or form view model), or null when the list shows. */
    public ReadOnlyObjectProperty<Object> detailProperty() { return detail; }

    /** Back to the list; from a form with unsaved changes only if the user agrees to discard them. */
    public void closeDetail() { if (workspace != null) workspace.close(); }

    public org.liaisondesk.ui.timeline.TimelineViewModel timeline() {
        return new org.liaisondesk.ui.timeline.TimelineViewModel(services, locale, tasks, dialogs, workspace, shared);
    }

    /** The map data choice for the settings page; null until the data folder is open. */
    public org.liaisondesk.ui.settings.MapDataViewModel mapData() {
        return services == null ? null : new org.liaisondesk.ui.settings.MapDataViewModel(services, locale, tasks, dialogs);
    }

    /** Backups for the settings page; null until the data folder is open. */
    public org.liaisondesk.ui.settings.BackupsViewModel backups() {
        return services == null ? null : new org.liaisondesk.ui.settings.BackupsViewModel(services, locale, tasks, dialogs,
                java.time.LocalDateTime::now, this::refreshCounts);
    }

    /** The recycle bin; null until the data folder is open. */
    public org.liaisondesk.ui.deleted.DeletedRecordsViewModel deletedRecords() {
        return services == null ? null
                : new org.liaisondesk.ui.deleted.DeletedRecordsViewModel(services, locale, tasks, dialogs,
                        r -> workspace.restoredFromBin(r.entry().kind(), r.entry().recordId(), r.title()));
    }

    /** Encryption for the settings page; null until the data folder is open. */
    public org.liaisondesk.ui.settings.EncryptionViewModel encryption() {
        return services == null ? null : new org.liaisondesk.ui.settings.EncryptionViewModel(services, locale, tasks, dialogs);
    }

    public org.liaisondesk.ui.importexport.ImportExportViewModel importExport() {
        return new org.liaisondesk.ui.importexport.ImportExportViewModel(services, locale, tasks, dialogs, this::refreshCounts);
    }

    public org.liaisondesk.ui.report.AnnualReportViewModel annualReport() {
        return new org.liaisondesk.ui.report.AnnualReportViewModel(services, locale, tasks, dialogs, today);
    }

    public org.liaisondesk.ui.map.MapViewModel map() {
        return new org.liaisondesk.ui.map.MapViewModel(services, locale, tasks, dialogs, workspace, shared);
    }

    private void failed(Throwable t) {
        busy.set(false);
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, dataFolder));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
