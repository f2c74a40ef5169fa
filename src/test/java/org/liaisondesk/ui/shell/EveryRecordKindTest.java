package org.liaisondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisondesk.ui.form.Fill.add;
import static org.liaisondesk.ui.form.Fill.choose;
import static org.liaisondesk.ui.form.Fill.field;
import static org.liaisondesk.ui.form.Fill.type;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;
import org.liaisondesk.ui.page.RecordPageViewModel;

/**
 * Every kind of record through the workspace, without the FX toolkit: the form says what is
 * missing or wrong, saves, the page opens; deleting names what refers to it, and Ctrl+Z undoes it.
 */
class EveryRecordKindTest {
    @TempDir Path dir;
    Services s;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    WorkspaceViewModel w;

    @BeforeEach
    void open() {
        s = Services.open(dir);
        w = new WorkspaceViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, () -> { });
    }

    @AfterEach
    void close() { s.close(); }

    RecordFormViewModel<?> newForm(RecordKind kind) {
        w.create(kind);
        return (RecordFormViewModel<?>) w.detailProperty().get();
    }

    /** Saves the form and returns the id of the record now open in its page. */
    long save(RecordFormViewModel<?> form) {
        assertThat(form.problems()).as(form.kind() + " problems").isEmpty();
        assertThat(form.canSaveProperty().get()).isTrue();
        form.save();
        RecordPageViewModel page = (RecordPageViewModel) w.detailProperty().get();
        page.load();
        assertThat(page.kind()).isEqualTo(form.kind());
        return page.id();
    }

    @Test
    void eachKindIsCreatedLinkedDeletedAndRestored() {
        var org = newForm(RecordKind.ORGANISATION);
        type(org, "name", "老挝乌多姆赛省妇女联合会");
        choose(org, "type", "WOMENS_ORGANISATION");
        choose(org, "country", "LA");
        long orgId = save(org);

        var contact = newForm(RecordKind.CONTACT);
        assertThat(contact.problems()).containsOnlyKeys("name");
        assertThat(contact.problems().get("name")).contains("至少");
        type(contact, "nameLocal", "ສົມສະຫວາດ");
        choose(contact, "organisation", orgId);
        choose(contact, "nationality", "LA");
        type(contact, "passportExpiry", "2030年2月30日");
        assertThat(contact.problems().get("passportExpiry")).contains("不存在");
        type(contact, "passportExpiry", "2030年2月");
        long contactId = save(contact);
        assertThat(s.contacts().find(contactId).orElseThrow().passportExpiry()).isEqualTo(PartialDate.ofMonth(2030, 2));

        var agreement = newForm(RecordKind.AGREEMENT);
        assertThat(agreement.problems()).containsKeys("title", "partners");
        type(agreement, "title", "合作备忘录");
        add(agreement, "partners", orgId);
        type(agreement, "signedOn", "2024-03-08");
        type(agreement, "expires_on", "2023");
        assertThat(agreement.problems().get("expires_on")).contains("早于");
        type(agreement, "expires_on", "2029-03");
        long agreementId = save(agreement);

        var delegation = newForm(RecordKind.DELEGATION);
        type(delegation, "code", "2026-IN-009");
        choose(delegation, "direction", "INCOMING");
        type(delegation, "title", "乌多姆赛省妇联代表团");
        type(delegation, "start", "2026-12-01");
        type(delegation, "end", "2026-12-05");
        add(delegation, "countries", "LA");
        add(delegation, "organisations", orgId);
        type(delegation, "budget", "12,000");
        long delegationId = save(delegation);
        assertThat(s.delegations().find(delegationId).orElseThrow().budgetCny()).isEqualByComparingTo("12000");

        var project = newForm(RecordKind.PROJECT);
        type(project, "title", "边境妇女技能培训");
        choose(project, "funder", orgId);
        type(project, "start", "2025");
        type(project, "sites", "勐海县：1,200\n西盟县");
        type(project, "beneficiaries", "1.5");
        assertThat(project.problems().get("beneficiaries")).contains("整数");
        type(project, "beneficiaries", "1200");
        long projectId = save(project);
        assertThat(s.projects().sites(projectId)).extracting(ProjectSite::county).containsExactlyInAnyOrder("勐海县", "西盟县");

        var event = newForm(RecordKind.EVENT);
        type(event, "title", "座谈会");
        choose(event, "kind", "ROUNDTABLE");
        type(event, "start", "2026-12-02");
        choose(event, "country", "CN");
        add(event, "organisers", orgId);
        add(event, "attendees", contactId);
        choose(event, "delegation", delegationId);
        choose(event, "project", projectId);
        long eventId = save(event);

        var office = newForm(RecordKind.OFFICE_ABROAD);
        type(office, "name", "乌多姆赛项目办公室");
        choose(office, "country", "LA");
        type(office, "established_on", "2020");
        type(office, "closed_on", "2019");
        assertThat(office.problems()).containsKey("closed_on");
        type(office, "closed_on", "");
        choose(office, "incubatedBy", orgId);
        long officeId = save(office);

        // The organisation's last contact is its newest delegation, event or agreement.
        assertThat(s.organisations().lastContact(orgId)).contains(PartialDate.ofDay(2026, 12, 2));
        assertThat(s.contacts().lastContact(contactId)).contains(PartialDate.ofDay(2026, 12, 2));

        // A contact's page shows the event attended; deleting names the reference; Ctrl+Z brings it back.
        w.openRecord(RecordKind.CONTACT, contactId);
        RecordPageViewModel page = (RecordPageViewModel) w.detailProperty().get();
        page.load();
        assertThat(page.related()).extracting(e -> e.title()).contains("老挝乌多姆赛省妇女联合会", "座谈会");
        page.delete();
        assertThat(dialogs.shown).last().asString().contains("1 活动");
        assertThat(s.contacts().find(contactId)).isEmpty();
        w.undoDelete();
        assertThat(s.events().find(eventId).orElseThrow().attendeeIds()).containsExactly(contactId);

        for (long[] k : new long[][]{{RecordKind.EVENT.ordinal(), eventId}, {RecordKind.PROJECT.ordinal(), projectId},
                {RecordKind.DELEGATION.ordinal(), delegationId}, {RecordKind.AGREEMENT.ordinal(), agreementId},
                {RecordKind.OFFICE_ABROAD.ordinal(), officeId}}) {
            RecordKind kind = RecordKind.values()[(int) k[0]];
            w.openRecord(kind, k[1]);
            RecordPageViewModel p = (RecordPageViewModel) w.detailProperty().get();
            p.load();
            p.delete();
            assertThat(s.records(kind).find(k[1])).as(kind + " deleted").isEmpty();
            w.undoDelete();
            assertThat(s.records(kind).find(k[1])).as(kind + " restored").isPresent();
        }
        assertThat(s.events().find(eventId).orElseThrow().projectId()).isEqualTo(projectId);
        assertThat(s.events().find(eventId).orElseThrow().delegationId()).isEqualTo(delegationId);

        w.openCountry("LA");
        RecordPageViewModel laos = (RecordPageViewModel) w.detailProperty().get();
        laos.load();
        assertThat(laos.titleProperty().get()).isEqualTo("老挝");
        assertThat(laos.related()).filteredOn(e -> e.header()).extracting(e -> e.kind()).contains(RecordKind.ORGANISATION,
                RecordKind.CONTACT, RecordKind.DELEGATION, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.OFFICE_ABROAD);
        assertThat(laos.isRecord()).isFalse();
    }

    @Test
    void editAndDuplicateStartFromTheRecordAndACopyGetsNoCode() {
        s.sampleData().load(false);
        long id = s.delegations().findByCode("2019-IN-004").orElseThrow().id();
        w.edit(RecordKind.DELEGATION, id, true);
        RecordFormViewModel<?> copy = (RecordFormViewModel<?>) w.detailProperty().get();
        assertThat(field(copy, "code").text.get()).isEmpty();
        assertThat(copy.problems()).containsOnlyKeys("code");
        assertThat(field(copy, "organisations").chosen).isNotEmpty();
        type(copy, "code", "2019-IN-004");
        copy.save();
        assertThat(copy.messageProperty().get()).as("the code is taken: said, and the form stays").isNotBlank();
        assertThat(w.detailProperty().get()).isSameAs(copy);
        type(copy, "code", "2027-IN-001");
        long copied = save(copy);
        assertThat(copied).isNotEqualTo(id);
        assertThat(s.delegations().find(copied).orElseThrow().title())
                .isEqualTo(s.delegations().find(id).orElseThrow().title());
    }
}
