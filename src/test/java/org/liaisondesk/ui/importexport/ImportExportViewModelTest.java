package org.liaisondesk.ui.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class ImportExportViewModelTest {
    static final Path CORPUS = Path.of("src/test/resources/csv");
    @TempDir Path dir;

    @Test
    void checkFirstThenImportAllOrOnlyTheValidRowsThenExport() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            int[] changed = {0};
            ImportExportViewModel vm = new ImportExportViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs,
                    () -> changed[0]++);
            dialogs.files = List.of(CORPUS.resolve("organizations-bad-rows.csv"));
            vm.chooseFile();
            assertThat(vm.readingProperty().get()).isEqualTo("按 UTF-8、逗号 ,读取。前几行（与导入时的读法相同）：");
            assertThat(vm.preview()).hasSize(6);
            assertThat(vm.preview().get(0)).containsExactly("name_zh", "type", "country", "partner_since");
            vm.importFile();
            assertThat(s.organisations().count(RecordFilter.ALL)).as("not before a check").isZero();
            vm.check();
            assertThat(vm.checkedProperty().get()).as("nothing would be written as it is").isFalse();
            assertThat(vm.summaryProperty().get()).startsWith("检查完毕：新增 1，更新 0，跳过 0，有问题 6").contains("不会写入");
            assertThat(vm.problems()).hasSize(6).first().satisfies(p -> {
                assertThat(p.line()).isEqualTo("2");
                assertThat(p.value()).isEqualTo("2018-13-40");
            });
            vm.importFile();
            assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
            dialogs.saveTo = dir.resolve("problems.csv");
            vm.saveProblems();
            assertThat(Files.readString(dir.resolve("problems.csv"))).contains("line,column,value,reason", "2018-13-40");

            vm.validOnlyProperty().set(true);
            assertThat(vm.checkedProperty().get()).as("a changed choice needs a new check").isFalse();
            vm.check();
            vm.importFile();
            assertThat(vm.summaryProperty().get()).isEqualTo("已导入：新增 1，更新 0，跳过 0，有问题 6。");
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(1);
            assertThat(changed[0]).isEqualTo(1);
            assertThat(vm.undoableProperty().get()).isTrue();
            vm.undoImport();
            assertThat(s.organisations().count(RecordFilter.ALL)).as("undone").isZero();
            assertThat(vm.summaryProperty().get()).startsWith("已撤销导入");
            vm.check();
            vm.importFile();
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(1);

            dialogs.files = List.of(CORPUS.resolve("picture.csv"));
            vm.chooseFile();
            vm.check();
            assertThat(vm.summaryProperty().get()).contains("不是文本文件");
            assertThat(vm.checkedProperty().get()).isFalse();

            dialogs.saveTo = dir.resolve("out.csv");
            vm.export();
            assertThat(Files.readString(dir.resolve("out.csv"))).startsWith("\uFEFFname_zh,");
            assertThat(vm.summaryProperty().get()).startsWith("已将 1 条记录写入");
        }
    }

    @Test
    void anUnknownColumnIsMappedByTheUserAndTheMappingIsRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("own.csv"), "单位名称,类型,国家/地区,备忘\n琅南塔省妇联,妇女组织,老挝,内部备注\n");
        try (Services s = Services.open(dir.resolve("data"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ImportExportViewModel vm = new ImportExportViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, () -> { });
            dialogs.files = List.of(file);
            vm.chooseFile();
            assertThat(vm.mapping()).extracting(ImportExportViewModel.MappingRow::header).containsExactly("单位名称", "类型", "国家/地区", "备忘");
            assertThat(vm.mapping().get(0).column().get().code()).as("unknown: left out").isEmpty();
            assertThat(vm.mapping().get(1).column().get().code()).isEqualTo("type");
            vm.check();
            assertThat(vm.problems()).extracting(ImportExportViewModel.ProblemRow::reason).anyMatch(r -> r.contains("缺少必需的列"));
            vm.mapping().get(0).column().set(vm.columnChoices().stream().filter(c -> c.code().equals("name_zh")).findFirst().orElseThrow());
            vm.mapping().get(3).column().set(vm.columnChoices().stream().filter(c -> c.code().equals("notes")).findFirst().orElseThrow());
            vm.check();
            vm.importFile();
            assertThat(s.organisations().list(RecordFilter.ALL.withText("琅南塔")).get(0).notes()).isEqualTo("内部备注");

            ImportExportViewModel again = new ImportExportViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, () -> { });
            again.chooseFile();
            assertThat(again.mapping().get(0).column().get().code()).as("remembered for this file type").isEqualTo("name_zh");
        }
    }
}
