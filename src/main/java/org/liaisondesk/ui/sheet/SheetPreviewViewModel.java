package org.liaisondesk.ui.sheet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.sheet.Ink;
import org.liaisondesk.service.sheet.ReceptionSheetService;
import org.liaisondesk.service.sheet.SheetLanguage;
import org.liaisondesk.service.sheet.SheetOptions;
import org.liaisondesk.service.sheet.SheetPage;
import org.liaisondesk.service.sheet.SheetText;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * The print preview of a delegation's reception sheet: its pages in the chosen language, with
 * passports masked or shown, zoom, and printing or saving the very same pages as PDF.
 */
public final class SheetPreviewViewModel {
    public static final double MIN_ZOOM = 0.3;
    public static final double MAX_ZOOM = 3.0;

    public static final double PAGE_WIDTH = SheetPage.WIDTH;
    public static final double PAGE_HEIGHT = SheetPage.HEIGHT;

    /** Prints pages on a printer; the view implements it with JavaFX's PrinterJob. */
    public interface Printing {
        boolean hasPrinter();

        /** @return false when the user cancelled or the printer refused */
        boolean print(List<PageMarks> pages);
    }

    /** What a page is drawn with, in points from its top-left corner, fonts named by their files. */
    public sealed interface Mark permits TextMark, LineMark, BoxMark {}

    public record TextMark(double x, double baseline, String text, Path fontFile, String fontName, double size,
                           double gray, boolean fakeBold) implements Mark {}

    public record LineMark(double x1, double y1, double x2, double y2, double width, double gray) implements Mark {}

    public record BoxMark(double x, double y, double width, double height, double gray) implements Mark {}

    public record PageMarks(int number, List<Mark> marks) {}

    private final Services services;
    private final long delegationId;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<SheetLanguage> language = new SimpleObjectProperty<>();
    private final ObjectProperty<org.liaisondesk.ui.common.Choice> languageChoice = new SimpleObjectProperty<>();
    private final BooleanProperty showPassports = new SimpleBooleanProperty(false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObservableList<PageMarks> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private ReceptionSheetService.Laid sheet;
    private int generation;

    public SheetPreviewViewModel(Services services, long delegationId, Locale locale, TaskRunner tasks,
                                 DialogService dialogs) {
        this.services = services;
        this.delegationId = delegationId;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        language.set(Messages.supported(locale).getLanguage().equals("zh") ? SheetLanguage.ZH : SheetLanguage.EN);
        languageChoice.set(choice(language.get()));
        languageChoice.addListener((o, a, b) -> { if (b != null) language.set(SheetLanguage.valueOf(b.code())); });
        language.addListener((o, a, b) -> {
            languageChoice.set(choice(b));
            load();
        });
        showPassports.addListener((o, a, b) -> load());
    }

    public ObjectProperty<SheetLanguage> languageProperty() { return language; }

    public BooleanProperty showPassportsProperty() { return showPassports; }

    public DoubleProperty zoomProperty() { return zoom; }

    public ObservableList<PageMarks> pages() { return pages; }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The language as the box shows it: 中文, 英文, 中英对照. */
    public ObjectProperty<org.liaisondesk.ui.common.Choice> languageChoiceProperty() { return languageChoice; }

    public List<org.liaisondesk.ui.common.Choice> languageChoices() {
        return java.util.Arrays.stream(SheetLanguage.values()).map(this::choice).toList();
    }

    private org.liaisondesk.ui.common.Choice choice(SheetLanguage l) {
        return new org.liaisondesk.ui.common.Choice(l.name(), text("sheet.preview.lang." + l.name().toLowerCase(Locale.ROOT)));
    }

    /** Lays the sheet out again (off the UI thread); a newer request wins over one still running. */
    public void load() {
        int mine = ++generation;
        busy.set(true);
        SheetOptions options = new SheetOptions(language.get(), showPassports.get(), LocalDate.now());
        tasks.run(() -> {
            ReceptionSheetService.Laid laid = services.sheets().layout(delegationId, options);
            return java.util.Map.entry(laid, marks(laid));
        }, done -> {
            if (mine != generation) return;
            ReceptionSheetService.Laid laid = done.getKey();
            sheet = laid;
            title.set(text("sheet.preview.title", laid.title()));
            pages.setAll(done.getValue());
            status.set(text("sheet.preview.pages", laid.pages().size()));
            busy.set(false);
        }, t -> {
            if (mine != generation) return;
            busy.set(false);
            sheet = null;
            pages.clear();
            status.set(Failures.describe(locale, t, services.dataFolder()));
        });
    }

    public void zoomIn() { zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25)); }

    public void zoomOut() { zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25)); }

    /** The zoom at which a page fills {@code width} pixels. */
    public void fitWidth(double width) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, (width - 40) / SheetPage.WIDTH)));
    }

    /** Asks where to save, then writes the PDF of what the preview shows. */
    public void savePdf() {
        if (sheet == null) return;
        ReceptionSheetService.Laid shown = sheet;
        Optional<Path> target = dialogs.chooseSaveFile(text("sheet.preview.savePdf"),
                shown.delegation().code() + "-" + text("sheet.preview.fileName") + ".pdf");
        if (target.isEmpty()) return;
        Path file = target.get().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".pdf");
        busy.set(true);
        tasks.run(() -> {
            services.sheets().writePdf(shown, file);
            return file;
        }, f -> {
            busy.set(false);
            status.set(text("sheet.preview.saved", f));
        }, t -> {
            busy.set(false);
            dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
        });
    }

    /** Prints; on a computer without a printer, says so and offers the PDF instead. */
    public void print(Printing printing) {
        if (sheet == null) return;
        if (!printing.hasPrinter()) {
            if (dialogs.confirm(text("sheet.preview.print"), text("sheet.preview.noPrinter"))) savePdf();
            return;
        }
        if (printing.print(List.copyOf(pages))) status.set(text("sheet.preview.printed", pages.size()));
    }

    /** The laid-out pages as marks: the same placed runs the PDF writer draws. */
    private static List<PageMarks> marks(ReceptionSheetService.Laid laid) {
        List<PageMarks> out = new java.util.ArrayList<>();
        for (SheetPage p : laid.pages()) {
            List<Mark> marks = new java.util.ArrayList<>();
            for (Ink ink : p.inks()) {
                if (ink instanceof Ink.Band b) {
                    marks.add(new BoxMark(b.x(), b.y(), b.width(), b.height(), b.gray()));
                } else if (ink instanceof Ink.Rule r) {
                    marks.add(new LineMark(r.x1(), r.y1(), r.x2(), r.y2(), r.width(), r.gray()));
                } else if (ink instanceof Ink.Text t) {
                    for (SheetText.Placed run : laid.text().place(t)) {
                        marks.add(new TextMark(run.x(), run.baseline(), run.text(), run.font().file(), run.font().name(),
                                run.style().size(), run.style().gray(), run.fakeBold()));
                    }
                }
            }
            out.add(new PageMarks(p.number(), marks));
        }
        return out;
    }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
