package org.liaisondesk.ui.deleted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class DeletedRecordsViewModelTest {
    @TempDir Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    int changed;

    @Test
    void theBinListsWhatWasDeletedAndPutsItBackOrSaysWhyNot() {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            var contact = s.contacts().list(RecordFilter.ALL).stream().filter(c -> c.organisationId() != null)
                    .findFirst().orElseThrow();
            s.contacts().delete(contact.id());
            s.organisations().delete(contact.organisationId());
            DeletedRecordsViewModel vm = new DeletedRecordsViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE,
                    dialogs, e -> changed++);
            vm.load();
            assertThat(vm.rows()).extracting(DeletedRecordsViewModel.Row::kind).containsExactly("单位", "联系人");
            assertThat(vm.statusProperty().get()).isEqualTo("共 2 条已删除的记录。");

            vm.restore(vm.rows().get(1)); // the contact first: its organisation is gone
            assertThat(dialogs.shown).singleElement().asString().startsWith("error: ").contains("请先在回收站恢复");
            assertThat(vm.rows()).hasSize(2);

            vm.restore(vm.rows().get(0));
            assertThat(vm.statusProperty().get()).startsWith("已恢复：单位");
            assertThat(vm.rows()).extracting(DeletedRecordsViewModel.Row::kind).containsExactly("联系人");
            vm.restore(vm.rows().get(0));
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.statusProperty().get()).startsWith("已恢复：联系人");
            vm.load();
            assertThat(vm.statusProperty().get()).isEqualTo("没有可恢复的记录。");
            assertThat(changed).isEqualTo(2);
            assertThat(s.contacts().find(contact.id()).orElseThrow().organisationId()).isEqualTo(contact.organisationId());
            s.organisations().delete(contact.organisationId());
            DeletedRecordsViewModel english = new DeletedRecordsViewModel(s, Locale.ENGLISH, TaskRunner.INLINE, dialogs, e -> { });
            english.load();
            assertThat(english.rows()).extracting(DeletedRecordsViewModel.Row::kind).containsExactly("Organisation");
            assertThat(english.statusProperty().get()).isEqualTo("1 deleted record(s).");
        }
    }
}
