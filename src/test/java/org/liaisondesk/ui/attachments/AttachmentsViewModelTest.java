package org.liaisondesk.ui.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class AttachmentsViewModelTest {
    @TempDir Path dir;

    @Test
    void filesAreAddedCaptionedOpenedAndRemovedAndABadOneIsNamed() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            long id = s.agreements().list(RecordFilter.ALL).get(0).id();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            AttachmentsViewModel vm = new AttachmentsViewModel(s, RecordKind.AGREEMENT, id, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, dialogs);
            vm.load();
            assertThat(vm.rows()).isEmpty();

            Path photo = Files.write(dir.resolve("签字仪式.JPG"), new byte[2048]);
            Path scan = Files.writeString(dir.resolve("备忘录.pdf"), "%PDF");
            dialogs.files = List.of(photo, dir.resolve("不存在.pdf"), scan);
            vm.add();
            assertThat(vm.rows()).extracting(AttachmentsViewModel.Row::name).containsExactly("签字仪式.JPG", "备忘录.pdf");
            assertThat(vm.rows().get(0).photo()).as("photos get a thumbnail").isNotNull();
            assertThat(vm.rows().get(1).photo()).isNull();
            assertThat(vm.rows().get(0).detail()).isEqualTo("2 KB");
            assertThat(dialogs.shown).singleElement().asString().startsWith("error: ").contains("不存在.pdf");

            dialogs.reply = "2015年签字仪式";
            vm.caption(vm.rows().get(0));
            assertThat(vm.rows().get(0).name()).isEqualTo("2015年签字仪式");
            assertThat(vm.rows().get(0).detail()).startsWith("签字仪式.JPG");

            vm.open(vm.rows().get(1));
            assertThat(dialogs.opened).singleElement().satisfies(p -> {
                assertThat(p.getFileName().toString()).isEqualTo("备忘录.pdf");
                assertThat(p).hasContent("%PDF");
            });

            dialogs.answer = false;
            vm.remove(vm.rows().get(1));
            assertThat(vm.rows()).hasSize(2);
            dialogs.answer = true;
            vm.remove(vm.rows().get(1));
            assertThat(vm.rows()).hasSize(1);
            assertThat(s.attachments().of(RecordKind.AGREEMENT, id)).hasSize(1);
        }
    }
}
