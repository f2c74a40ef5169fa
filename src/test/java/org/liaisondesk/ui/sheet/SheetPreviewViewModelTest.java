package org.liaisondesk.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.PageMarks;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.TextMark;

class SheetPreviewViewModelTest {
    @TempDir Path dir;

    @Test
    void showsThePagesInTheChosenLanguageWithPassportsMaskedUnlessAsked() {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            SheetPreviewViewModel vm = preview(s, new ScriptedDialogs());
            vm.load();
            assertThat(vm.pages()).hasSize(2);
            assertThat(vm.titleProperty().get()).contains("2026-IN-011");
            assertThat(vm.statusProperty().get()).isEqualTo("共 2 页");
            assertThat(text(vm.pages())).contains("接待方案", "宾玛", "0001").doesNotContain("MA000001", "Reception plan");

            vm.showPassportsProperty().set(true);
            assertThat(text(vm.pages())).contains("MA000001");
            vm.languageChoiceProperty().set(vm.languageChoices().get(2));
            assertThat(text(vm.pages())).contains("接待方案", "Reception plan", "MA000001");
            assertThat(vm.languageChoiceProperty().get().label()).isEqualTo("中英对照");
            TextMark any = vm.pages().get(0).marks().stream().filter(TextMark.class::isInstance).map(TextMark.class::cast)
                    .findFirst().orElseThrow();
            assertThat(any.fontFile()).exists();
        }
    }

    @Test
    void savesThePdfShownAndOffersItWhenThereIsNoPrinter() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            ScriptedDialogs dialogs = new ScriptedDialogs();
            SheetPreviewViewModel vm = preview(s, dialogs);
            vm.load();
            dialogs.saveTo = dir.resolve("out");
            vm.savePdf();
            Path pdf = dir.resolve("out.pdf");
            assertThat(pdf).exists();
            assertThat(vm.statusProperty().get()).contains("已保存到").contains("out.pdf");
            assertThat(pdfText(pdf)).contains("瑞丽口岸迎接");

            Files.delete(pdf);
            List<List<PageMarks>> printed = new ArrayList<>();
            SheetPreviewViewModel.Printing none = printing(false, printed);
            dialogs.answer = false;
            vm.print(none);
            assertThat(dialogs.shown).last().asString().contains("没有安装打印机");
            assertThat(pdf).doesNotExist();
            dialogs.answer = true;
            vm.print(none);
            assertThat(pdf).exists();

            vm.print(printing(true, printed));
            assertThat(printed).hasSize(1).first().asList().hasSize(2);
            assertThat(vm.statusProperty().get()).isEqualTo("已送往打印机（2 页）");
        }
    }

    @Test
    void zoomStaysWithinItsBounds() {
        try (Services s = Services.open(dir.resolve("data"))) {
            SheetPreviewViewModel vm = new SheetPreviewViewModel(s, 1, Locale.ENGLISH, TaskRunner.INLINE, new ScriptedDialogs());
            for (int i = 0; i < 20; i++) vm.zoomIn();
            assertThat(vm.zoomProperty().get()).isEqualTo(SheetPreviewViewModel.MAX_ZOOM);
            for (int i = 0; i < 20; i++) vm.zoomOut();
            assertThat(vm.zoomProperty().get()).isEqualTo(SheetPreviewViewModel.MIN_ZOOM);
            vm.fitWidth(SheetPreviewViewModel.PAGE_WIDTH + 40);
            assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
            vm.load();
            assertThat(vm.pages()).isEmpty();
            assertThat(vm.statusProperty().get()).contains("1");
        }
    }

    private static SheetPreviewViewModel preview(Services s, ScriptedDialogs dialogs) {
        long id = s.delegations().findByCode("2026-IN-011").orElseThrow().id();
        return new SheetPreviewViewModel(s, id, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs);
    }

    private static SheetPreviewViewModel.Printing printing(boolean has, List<List<PageMarks>> printed) {
        return new SheetPreviewViewModel.Printing() {
            @Override public boolean hasPrinter() { return has; }
            @Override public boolean print(List<PageMarks> pages) { return printed.add(pages); }
        };
    }

    private static String text(List<PageMarks> pages) {
        StringBuilder sb = new StringBuilder();
        for (PageMarks p : pages) {
            for (var m : p.marks()) if (m instanceof TextMark t) sb.append(t.text()).append('\n');
        }
        return sb.toString();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
