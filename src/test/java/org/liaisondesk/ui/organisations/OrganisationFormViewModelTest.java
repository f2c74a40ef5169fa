package org.liaisondesk.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisondesk.ui.form.Fill.choose;
import static org.liaisondesk.ui.form.Fill.field;
import static org.liaisondesk.ui.form.Fill.type;

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
class OrganisationFormViewModelTest {
    @TempDir Path dir;
    Services s;
    final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    OrganisationFormViewModel form(Organisation original, boolean copy) {
        return new OrganisationFormViewModel(s, original, copy, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, saved::add);
    }

    @Test
    void theEditorShowsTheRecordsChangeHistoryNewestFirst() {
        long id = s.organisations().create(new org.liaisondesk.domain.Organisation(null, "老街省妇联", null, null, null,
                org.liaisondesk.domain.OrganisationType.NGO, "VN", null, null, null, null, null, "0214", null, null, null,
                org.liaisondesk.domain.Tags.NONE, null, null));
        var o = s.organisations().find(id).orElseThrow();
        s.organisations().update(new org.liaisondesk.domain.Organisation(id, o.nameZh(), null, null, null, o.type(), "VN",
                null, null, null, null, null, "0215", null, null, "互访", o.tags(), null, null));
        OrganisationFormViewModel vm = form(s.organisations().find(id).orElseThrow(), false);
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.history().get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  修改：电话：0214 → 0215；备注：（空） → 互访");
        assertThat(vm.history().get(1)).endsWith("  新建");
        assertThat(form(null, false).history()).as("a new record has none").isEmpty();
    }

    @Test
    void aNewOrganisationSaysWhatIsMissingWhileTypingAndSavesWhenComplete() {
        OrganisationFormViewModel vm = form(null, false);
        assertThat(vm.title()).isEqualTo("新建单位");
        assertThat(vm.problems()).containsKeys("name", "type", "country");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(field(vm, "country").options()).extracting(org.liaisondesk.ui.common.Choice::label)
                .contains("老挝", "中国台湾");

        type(vm, "nameLocal", "ສະຫະພັນແມ່ຍິງແຂວງອຸດົມໄຊ");
        choose(vm, "type", "WOMENS_ORGANISATION");
        choose(vm, "country", "LA");
        type(vm, "partnerSince", "2019年3月");
        assertThat(vm.problems()).isEmpty();
        type(vm, "partnerSince", "2019-13");
        assertThat(vm.problems()).containsOnlyKeys("partnerSince");
        assertThat(vm.problems().get("partnerSince")).contains("不存在");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.save();
        assertThat(saved).isEmpty();

        type(vm, "partnerSince", "2019年3月");
        type(vm, "tags", "边境；新伙伴");
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
        OrganisationFormViewModel vm = form(s.organisations().find(id).orElseThrow(), false);
        assertThat(vm.canSaveProperty().get()).as("nothing changed yet").isFalse();
        assertThat(field(vm, "partnerSince").text.get()).isEqualTo("2018");
        type(vm, "city", "丰沙里");
        assertThat(vm.canSaveProperty().get()).isTrue();

        s.organisations().delete(id); // someone else deleted it meanwhile
        vm.save();
        assertThat(saved).isEmpty();
        assertThat(vm.messageProperty().get()).contains("已不存在");
        assertThat(field(vm, "city").text.get()).isEqualTo("丰沙里");
    }

    @Test
    void aDuplicateStartsFromTheOriginalAndSavesAsANewRecord() {
        long id = s.organisations().create(new Organisation(null, "丰沙里省妇联", null, null, null,
                OrganisationType.WOMENS_ORGANISATION, "LA", null, null, null, null, null, null, null,
                OrganisationStatus.ACTIVE, null, Tags.NONE, null, null));
        OrganisationFormViewModel vm = form(s.organisations().find(id).orElseThrow(), true);
        assertThat(vm.title()).isEqualTo("丰沙里省妇联（副本）");
        assertThat(vm.canSaveProperty().get()).as("a copy can be saved at once").isTrue();
        type(vm, "name", "琅南塔省妇联");
        vm.save();
        assertThat(saved).singleElement().isNotEqualTo(id);
        assertThat(s.organisations().find(id).orElseThrow().nameZh()).isEqualTo("丰沙里省妇联");
        assertThat(s.organisations().find(saved.get(0)).orElseThrow().country()).isEqualTo("LA");
    }
}
