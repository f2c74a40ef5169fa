package org.liaisondesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class AnnualReportViewModelTest {
    @TempDir Path dir;
    Services s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        s = Services.open(dir.resolve("data"));
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    private AnnualReportViewModel vm(LocalDate today) {
        return new AnnualReportViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, () -> today);
    }

    @Test
    void opensOnLastYearUntilOctoberAndShowsTheChosenYearInTheChosenLanguage() {
        assertThat(vm(LocalDate.of(2026, 3, 1)).yearProperty().get()).isEqualTo(2025);
        AnnualReportViewModel vm = vm(LocalDate.of(2026, 11, 27));
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        vm.load();
        vm.yearProperty().set(2018);
        assertThat(vm.titleProperty().get()).isEqualTo("2018年度外事工作统计");
        assertThat(vm.tables()).hasSize(11);
        ReportSection overview = vm.tables().get(0);
        assertThat(overview.rows()).contains(java.util.List.of("举办活动（场）", "4", "1", "+3"));
        vm.languageProperty().set(vm.languages().get(1));
        assertThat(vm.titleProperty().get()).isEqualTo("Foreign affairs work in 2018: the figures");
    }

    @Test
    void savesPdfAndCsvWhereTheUserChoosesAddingTheExtension() throws Exception {
        AnnualReportViewModel vm = vm(LocalDate.of(2026, 11, 27));
        vm.yearProperty().set(2018);
        dialogs.saveTo = dir.resolve("报告");
        vm.savePdf();
        assertThat(Files.readAllBytes(dir.resolve("报告.pdf"))).startsWith("%PDF".getBytes());
        vm.saveCsv();
        assertThat(Files.readString(dir.resolve("报告.csv"))).contains("2018年度外事工作统计");
        assertThat(vm.statusProperty().get()).startsWith("已保存");
        dialogs.saveTo = null;
        vm.saveCsv();
        assertThat(dialogs.shown).isEmpty();
    }
}
