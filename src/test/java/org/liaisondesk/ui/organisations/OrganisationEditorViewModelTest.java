package org.liaisondesk.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;

/** The organisation form without the FX toolkit, writing to a real database. */
class OrganisationEditorViewModelTest {
    @TempDir Path dir;
    Services s;
    final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    OrganisationEditorViewModel form(Organisation original) {
        return new OrganisationEditorViewModel(s, original, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, saved::add);
    }

    @Test
    void aNewOrganisationSaysWhatIsMissingWhileTypingAndSavesWhenComplete() {
        OrganisationEditorViewModel vm = form(null);
        assertThat(vm.title()).isEqualTo("新建单位");
        assertThat(vm.problems()).containsKeys("name", "type", "country");
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.nameLocal.set("ສະຫະພັນແມ່ຍິງແຂວງອຸດົມໄຊ");
        vm.type.set(vm.types().get(0));
        vm.country.set(vm.countries().stream().filter(c -> c.code().equals("LA")).findFirst().orElseThrow());
        assertThat(vm.countries()).extracting(org.liaisondesk.ui.common.Choice::label).contains("老挝", "中国台湾");
        vm.partnerSince.set("2019年3月");
        assertThat(vm.problems()).isEmpty();
        vm.partnerSince.set("2019-13");
        assertThat(vm.problems()).containsOnlyKeys("partnerSince");
        assertThat(vm.problems().get("partnerSince")).contains("不存在");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.save();
        assertThat(saved).isEmpty();

        vm.partnerSince.set("2019年3月");
        vm.tags.set("边境；新伙伴");
        vm.save();
        assertThat(saved).hasSize(1);
        Organisation o = s.organisations().find(saved.get(0)).orElseThrow();
        assertThat(o.nameLocal()).isEqualTo("ສະຫະພັນແມ່ຍິງແຂວງອຸດົມໄຊ");
        assertThat(o.nameZh()).isNull();
        assertThat(o.partnerSince()).isEqualTo(PartialDate.ofMonth(2019, 3));
        assertThat(o.status()).isEqualTo(OrganisationStatus.ACTIVE);
        assertThat(o.tags().values()).containsExactly("边境", "新伙伴");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void editingChangesOnlyWhatWasTypedAndAFailedSaveKeepsIt() {
        long id = s.organisations().create(new Organisation(null, "丰沙里省妇联", "Phongsaly LWU", null, "PLWU",
                OrganisationType.WOMENS_ORGANISATION, "LA", null, "Phongsaly", null, null, null, null,
                PartialDate.ofYear(2018), OrganisationStatus.ACTIVE, "备注", Tags.of("border"), null, null));
        OrganisationEditorViewModel vm = form(s.organisations().find(id).orElseThrow());
        assertThat(vm.canSaveProperty().get()).as("nothing changed yet").isFalse();
        assertThat(vm.partnerSince.get()).isEqualTo("2018");
        vm.city.set("丰沙里");
        assertThat(vm.canSaveProperty().get()).isTrue();

        s.organisations().delete(id); // someone else deleted it meanwhile
        vm.save();
        assertThat(saved).isEmpty();
        assertThat(vm.messageProperty().get()).contains("已不存在");
        assertThat(vm.city.get()).isEqualTo("丰沙里");
    }
}
