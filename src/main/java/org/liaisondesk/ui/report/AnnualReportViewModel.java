package org.liaisondesk.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.report.AnnualReport;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.report.AnnualReportText;
import org.liaisondesk.service.report.ReportTable;
import org.liaisondesk.service.sheet.SheetLanguage;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * The annual report on screen: a year and a language are chosen, the sections show as tables and
 * charts, and the same report is saved as PDF or CSV.
 */
public final class AnnualReportViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    /** The day the report is printed on (tests fix it). */
    private final java.util.function.Supplier<LocalDate> today;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> language = new SimpleObjectProperty<>();
    private final ObservableList<ReportSection> tables = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private AnnualReport shown;
    private long requested;

    public AnnualReportViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs,
                                 java.util.function.Supplier<LocalDate> today) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = today;
        LocalDate now = today.get();
        // From October the year's own report is being prepared; before that, last year's.
        year.set(now.getMonthValue() >= 10 ? now.getYear() : now.getYear() - 1);
        language.set(languages().get(locale.getLanguage().equals("zh") ? 0 : 1));
        year.addListener((o, a, b) -> load());
        language.addListener((o, a, b) -> load());
    }

    public List<Choice> languages() {
        return List.of(new Choice("zh", text("report.language.zh")), new Choice("en", text("report.language.en")),
                new Choice("both", text("report.language.both")));
    }

    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObjectProperty<Choice> languageProperty() { return language; }
    public ObservableList<ReportSection> tables() { return tables; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    private SheetLanguage sheetLanguage() { return SheetLanguage.parse(language.get() == null ? "zh" : language.get().code()); }

    private record Read(AnnualReport report, AnnualReportText text) {}

    /** Reads the chosen year's report; a later choice wins over an earlier one still being read. */
    public void load() {
        Integer y = year.get();
        if (y == null) return;
        SheetLanguage lang = sheetLanguage();
        long ticket = ++requested;
        busy.set(true);
        tasks.run(() -> {
            AnnualReport r = services.reports().report(y);
            return new Read(r, services.reports().text(r, lang));
        }, read -> {
            if (ticket != requested) return;
            busy.set(false);
            shown = read.report();
            title.set(read.text().title());
            subtitle.set(read.text().subtitle());
            tables.setAll(read.text().tables().stream().map(AnnualReportViewModel::section).toList());
            status.set("");
        }, this::failed);
    }

    private static ReportSection section(ReportTable t) {
        return new ReportSection(t.id(), t.title(), t.headers(), t.weights(), t.rows(), t.bars().stream()
                .map(b -> new ReportSection.Bar(b.label(), b.current(), b.previous())).toList());
    }

    /** The years a report can be asked for. */
    public int firstYear() { return org.liaisondesk.service.report.AnnualReportService.FIRST_YEAR; }

    public void savePdf() { save("pdf"); }

    public void saveCsv() { save("csv"); }

    private void save(String extension) {
        AnnualReport report = shown;
        if (report == null) return;
        Optional<Path> chosen = dialogs.chooseSaveFile(text("report.save." + extension),
                text("report.fileName", String.valueOf(report.year())) + "." + extension);
        if (chosen.isEmpty()) return;
        Path file = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? chosen.get() : chosen.get().resolveSibling(chosen.get().getFileName() + "." + extension);
        SheetLanguage lang = sheetLanguage();
        busy.set(true);
        tasks.run(() -> {
            services.reports().write(report, lang, file, today.get());
            return file;
        }, f -> {
            busy.set(false);
            status.set(text("report.saved", f));
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    public String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
