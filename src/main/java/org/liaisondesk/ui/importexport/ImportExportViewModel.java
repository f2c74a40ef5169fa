package org.liaisondesk.ui.importexport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.CsvInput;
import org.liaisondesk.service.csv.CsvPreview;
import org.liaisondesk.service.csv.CsvProblem;
import org.liaisondesk.service.csv.ImportResult;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Import and export of the CSV files: choose the file type and the file, check every row without
 * writing (the problems listed with line, column, value and reason), then import all or nothing
 * (or only the valid rows); export a type to a file for Excel.
 */
public final class ImportExportViewModel {
    /** One column of the file and the column it is read as; "" (left out) when it matches none. */
    public record MappingRow(String header, ObjectProperty<Choice> column) {}

    /** A problem as the table shows it, in the user's language. */
    public record ProblemRow(String line, String column, String value, String reason) {}

    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable changed;
    private final ObjectProperty<Choice> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> encoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> onDuplicate = new SimpleObjectProperty<>();
    private final BooleanProperty validOnly = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty undoable = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty();
    private final java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile double progressValue;
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final StringProperty reading = new SimpleStringProperty("");
    private List<CsvProblem> lastProblems = List.of();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();

    /** @param changed told when an import wrote records (counts and lists change) */
    public ImportExportViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs, Runnable changed) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        type.set(types().get(0));
        encoding.set(encodings().get(0));
        delimiter.set(delimiters().get(0));
        onDuplicate.set(duplicates().get(0));
        // A different file or reading invalidates the last check.
        for (javafx.beans.Observable o : List.of(type, file, encoding, delimiter, onDuplicate, validOnly)) {
            o.addListener(x -> checked.set(false));
        }
        for (javafx.beans.Observable o : List.of(type, file, encoding, delimiter)) o.addListener(x -> showPreview());
    }

    public List<Choice> types() {
        return List.of(new Choice("organizations", text("csv.type.organizations")), new Choice("contacts", text("csv.type.contacts")),
                new Choice("agreements", text("csv.type.agreements")), new Choice("delegations", text("csv.type.delegations")),
                new Choice("delegation_members", text("csv.type.delegation_members")),
                new Choice("itinerary", text("csv.type.itinerary")), new Choice("gifts", text("csv.type.gifts")),
                new Choice("projects", text("csv.type.projects")), new Choice("events", text("csv.type.events")),
                new Choice("offices", text("csv.type.offices")));
    }

    public List<Choice> encodings() {
        return List.of(new Choice("auto", text("csv.encoding.auto")), new Choice("gb18030", "GB18030 / GBK"),
                new Choice("utf-8", "UTF-8"), new Choice("utf-16", "UTF-16"));
    }

    public List<Choice> delimiters() {
        return List.of(new Choice("auto", text("csv.delimiter.auto")), new Choice(",", text("csv.delimiter.comma")),
                new Choice(";", text("csv.delimiter.semicolon")), new Choice("\t", text("csv.delimiter.tab")),
                new Choice("|", text("csv.delimiter.pipe")));
    }

    public List<Choice> duplicates() {
        return List.of(new Choice("SKIP", text("csv.duplicate.skip")), new Choice("UPDATE", text("csv.duplicate.update")),
                new Choice("FAIL", text("csv.duplicate.fail")));
    }

    public ObjectProperty<Choice> typeProperty() { return type; }
    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<Choice> encodingProperty() { return encoding; }
    public ObjectProperty<Choice> delimiterProperty() { return delimiter; }
    public ObjectProperty<Choice> onDuplicateProperty() { return onDuplicate; }
    public BooleanProperty validOnlyProperty() { return validOnly; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** True once the current file has been checked; importing asks for a check first. */
    public ReadOnlyBooleanProperty checkedProperty() { return checked; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    /** How far the running check or import has read the file (0 to 1). */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress; }

    /** Called by the view once a frame while busy: the bar shows how far the reading has got. */
    public void tick() { if (busy.get()) progress.set(progressValue); }

    /** Stops the running check or import; an import stopped this way writes nothing. */
    public void cancel() { cancel.set(true); }

    /** An import was just written and may be undone (until something else changes the data). */
    public ReadOnlyBooleanProperty undoableProperty() { return undoable; }

    /** Removes what the last import created and restores what it updated, after asking. */
    public void undoImport() {
        if (!undoable.get() || !dialogs.confirm(text("csv.undo.title"), text("csv.undo.text"))) return;
        busy.set(true);
        tasks.run(() -> {
            services.undoImport();
            return true;
        }, done -> {
            busy.set(false);
            undoable.set(false);
            summary.set(text("csv.undone"));
            problems.clear();
            changed.run();
        }, t -> {
            undoable.set(false);
            failed(t);
        });
    }
    public ObservableList<ProblemRow> problems() { return problems; }
    /** The file's first rows as the import reads them, the header first. */
    public ObservableList<List<String>> preview() { return preview; }
    /** The file's columns and what each is read as: found by name, changed by the user, remembered per type. */
    public ObservableList<MappingRow> mapping() { return mapping; }

    /** What a column can be read as: the type's columns, or left out. */
    public List<Choice> columnChoices() {
        List<Choice> out = new java.util.ArrayList<>();
        out.add(new Choice("", text("csv.mapping.ignore")));
        for (String c : services.csv(type.get().code()).fileColumns().canonical()) out.add(new Choice(c, c));
        return out;
    }

    private void showMapping(List<String> header) {
        var columns = services.csv(type.get().code()).fileColumns();
        Map<String, String> saved = services.csvMappings().of(type.get().code());
        List<MappingRow> rows = new java.util.ArrayList<>();
        for (String h : header) {
            if (h.isBlank()) continue;
            String own = saved.get(org.liaisondesk.service.csv.CsvColumns.normalise(h));
            String code = own != null ? own : columns.auto(h) != null ? columns.auto(h) : "";
            Choice c = columnChoices().stream().filter(x -> x.code().equals(code)).findFirst().orElse(columnChoices().get(0));
            ObjectProperty<Choice> p = new SimpleObjectProperty<>(c);
            p.addListener(x -> checked.set(false));
            rows.add(new MappingRow(h, p));
        }
        mapping.setAll(rows);
    }

    private Map<String, String> chosenMapping() {
        Map<String, String> m = new java.util.HashMap<>();
        for (MappingRow r : mapping) {
            m.put(org.liaisondesk.service.csv.CsvColumns.normalise(r.header()),
                    r.column().get() == null ? "" : r.column().get().code());
        }
        return m;
    }

    /** "GB18030, comma": how the file is being read. */
    public ReadOnlyStringProperty readingProperty() { return reading; }

    public void chooseFile() {
        List<Path> chosen = dialogs.chooseFiles(text("csv.choose"));
        if (!chosen.isEmpty()) file.set(chosen.get(0));
    }

    private void showPreview() {
        Path f = file.get();
        if (f == null) return;
        Charset cs = charset();
        char d = delimiterChar();
        tasks.run(() -> CsvPreview.of(f, cs, d, 6), p -> {
            preview.setAll(p.rows());
            showMapping(p.rows().isEmpty() ? List.of() : p.rows().get(0));
            String sep = switch (p.delimiter()) {
                case ';' -> text("csv.delimiter.semicolon");
                case '\t' -> text("csv.delimiter.tab");
                case '|' -> text("csv.delimiter.pipe");
                default -> text("csv.delimiter.comma");
            };
            reading.set(Messages.format(locale, "csv.reading", List.of(p.encoding().displayName(), sep)));
        }, t -> {
            preview.clear();
            reading.set(Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private Charset charset() {
        return switch (encoding.get().code()) {
            case "utf-8" -> StandardCharsets.UTF_8;
            case "gb18030" -> CsvInput.GB18030;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> null;
        };
    }

    private char delimiterChar() { return delimiter.get().code().equals("auto") ? 0 : delimiter.get().code().charAt(0); }

    /** Saves the problems of the last check or import as a CSV file, to correct the rows in Excel. */
    public void saveProblems() {
        if (lastProblems.isEmpty()) return;
        List<CsvProblem> list = lastProblems;
        dialogs.chooseSaveFile(text("csv.problems.title"), text("csv.problems.name") + ".csv").ifPresent(target ->
                tasks.run(() -> {
                    CsvPreview.writeProblems(target, list, locale);
                    return target;
                }, t -> { }, this::failed));
    }

    /** Reads every row as the import would, writing nothing. */
    public void check() { run(true); }

    /** Writes the file's records in one transaction: all of them, or (if chosen) the valid ones. */
    public void importFile() {
        if (!checked.get()) return;
        if (!dialogs.confirm(text("csv.import.confirm.title"), Messages.format(locale, "csv.import.confirm.text",
                List.of(file.get().getFileName(), type.get().label())))) return;
        run(false);
    }

    private void run(boolean dryRun) {
        Path f = file.get();
        if (f == null) return;
        Charset cs = charset();
        char d = delimiterChar();
        OnDuplicate policy = OnDuplicate.valueOf(onDuplicate.get().code());
        boolean valid = validOnly.get();
        String kind = type.get().code();
        busy.set(true);
        cancel.set(false);
        progress.set(0);
        Map<String, String> columns = chosenMapping();
        tasks.run(() -> {
            ImportResult r = services.importCsv(kind, f, cs, d, policy, valid, dryRun, fraction -> {
                // Reported from the reading thread; the bar follows on the FX thread.
                progressValue = fraction;
                return !cancel.get();
            }, columns);
            if (r.written()) services.csvMappings().save(kind, columns);
            return r;
        }, r -> {
            progress.set(1);
            busy.set(false);
            show(r, dryRun);
            // Import is offered only when it would write something: all rows good, or the valid ones chosen.
            if (dryRun) checked.set(r.failed() == 0 || valid);
            if (r.written()) {
                checked.set(false);
                undoable.set(true);
                changed.run();
            }
        }, this::failed);
    }

    private void show(ImportResult r, boolean dryRun) {
        lastProblems = r.problems();
        problems.setAll(r.problems().stream().map(p -> new ProblemRow(String.valueOf(p.line()),
                p.column() == null ? "" : p.column(), p.value() == null ? "" : p.value(), p.reason(locale))).toList());
        String counts = Messages.format(locale, "csv.counts", List.of(r.created(), r.updated(), r.skipped(), r.failed()));
        String key = dryRun ? (r.failed() == 0 ? "csv.checked.clean" : validOnly.get() ? "csv.checked.someBad" : "csv.checked.bad")
                : r.written() ? "csv.imported" : "csv.refused";
        summary.set(Messages.format(locale, key, List.of(counts)));
    }

    private final javafx.beans.property.BooleanProperty withPassports = new javafx.beans.property.SimpleBooleanProperty();

    /** Passport numbers in full in the next export; off (masked to the last four) unless the user asks. */
    public javafx.beans.property.BooleanProperty withPassportsProperty() { return withPassports; }

    /** Exports the chosen type to a file the user names: UTF-8 with a BOM, for Excel. */
    public void export() {
        String kind = type.get().code();
        boolean full = withPassports.get();
        dialogs.chooseSaveFile(text("csv.export.title"), kind + ".csv").ifPresent(target -> {
            busy.set(true);
            tasks.run(() -> services.csv(kind).export(target, StandardCharsets.UTF_8, true, null, full), n -> {
                busy.set(false);
                String done = Messages.format(locale, "csv.cli.exported", List.of(n, target));
                if (services.csv(kind).hasSensitive()) {
                    done += " " + text(full ? "csv.export.passportsFull" : "csv.export.passportsMasked");
                }
                summary.set(done);
            }, this::failed);
        });
    }

    private void failed(Throwable t) {
        busy.set(false);
        checked.set(false);
        problems.clear();
        summary.set(Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
