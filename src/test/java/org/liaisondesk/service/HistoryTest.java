package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

class HistoryTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    private Organisation org(Long id, String phone, String notes) {
        return new Organisation(id, "老街省妇联", "Lao Cai Women's Union", null, null, OrganisationType.WOMENS_ORGANISATION,
                "VN", null, "Lào Cai", null, null, null, phone, PartialDate.ofMonth(2015, 11), OrganisationStatus.ACTIVE,
                notes, Tags.NONE, null, null);
    }

    @Test
    void createUpdateDeleteAndRestoreAreRecordedWithTheFieldsThatChanged() {
        long id = s.organisations().create(org(null, "0214 3840 000", null));
        s.organisations().update(org(id, "0214 3840 111", "2026年互访"));
        s.organisations().update(org(id, "0214 3840 111", "2026年互访"));
        DeletedRecord<Organisation> gone = s.organisations().deleteUndoably(id);
        s.organisations().restore(gone);

        List<Change> h = s.history().of(RecordKind.ORGANISATION, id);
        assertThat(h).extracting(Change::action).containsExactly("RESTORE", "DELETE", "UPDATE", "CREATE");
        Change update = h.get(2);
        assertThat(update.title()).isEqualTo("老街省妇联");
        assertThat(update.fields()).containsExactly(new Change.Field("phone", "0214 3840 000", "0214 3840 111"),
                new Change.Field("notes", "", "2026年互访"));
        assertThat(h.get(3).fields()).contains(new Change.Field("partnerSince", "", "2015-11"),
                new Change.Field("type", "", "WOMENS_ORGANISATION"));
        assertThat(h.get(1).fields()).as("what was deleted").contains(new Change.Field("nameZh", "老街省妇联", ""));
    }

    @Test
    void projectsWithSitesAreRecordedToo() {
        long funder = s.organisations().create(org(null, null, null));
        Project p = new Project(null, "P-1", "项目", funder, List.of(), PartialDate.ofYear(2020), null, null, null,
                ProjectStatus.ACTIVE, null, null, null, null, Tags.NONE, null, null);
        long id = s.projects().create(p, List.of());
        assertThat(s.history().of(RecordKind.PROJECT, id)).extracting(Change::action).containsExactly("CREATE");
    }

    @Test
    void changesToAVisitsPartsAreKeptInTheVisitsHistory() {
        s.sampleData().load(false);
        Delegation d = s.delegations().list(RecordFilter.ALL.withText("2026-IN-011")).get(0);
        DelegationMember first = s.delegations().members(d.id()).get(0);
        s.delegations().updateMember(new DelegationMember(first.id(), d.id(), first.contactId(), first.nameZh(),
                first.nameEn(), first.nameLocal(), first.gender(), "新职务", first.organisationName(), first.nationality(),
                first.passportNo(), first.passportExpiry(), first.dateOfBirth(), first.role(), first.precedence(),
                first.dietary(), first.religion(), first.accessNeeds(), first.room(), first.notes()));
        s.delegations().moveMember(first.id(), 1);
        long item = s.delegations().addItineraryItem(new ItineraryItem(null, d.id(), java.time.LocalDate.of(2026, 12, 9),
                java.time.LocalTime.of(15, 0), null, null, "参观瑞丽市妇女发展中心", null, null, null, null, null, null));
        s.delegations().removeItineraryItem(item);
        s.delegations().saveBudgetLine(new BudgetLine(null, d.id(), 0, "翻译费", java.math.BigDecimal.valueOf(1200), null));

        List<Change> h = s.history().of(RecordKind.DELEGATION, d.id());
        assertThat(h).extracting(Change::part, Change::action).startsWith(
                org.assertj.core.groups.Tuple.tuple("BUDGET_LINE", "CREATE"),
                org.assertj.core.groups.Tuple.tuple("ITINERARY_ITEM", "DELETE"),
                org.assertj.core.groups.Tuple.tuple("ITINERARY_ITEM", "CREATE"),
                org.assertj.core.groups.Tuple.tuple("DELEGATION_MEMBER", "UPDATE"),
                org.assertj.core.groups.Tuple.tuple("DELEGATION_MEMBER", "UPDATE"));
        assertThat(h.get(1).title()).isEqualTo("参观瑞丽市妇女发展中心");
        assertThat(h.get(3).fields()).containsExactly(new Change.Field("precedence", "1", "2"));
        assertThat(h.get(4).fields()).containsExactly(new Change.Field("title", first.title() == null ? "" : first.title(), "新职务"));
        assertThat(h.get(4).title()).isEqualTo(first.displayName(java.util.Locale.SIMPLIFIED_CHINESE));
        // The visit's editor shows them, which part and what changed.
        var form = new org.liaisondesk.ui.delegations.DelegationFormViewModel(s, s.delegations().find(d.id()).orElseThrow(),
                false, java.util.Locale.SIMPLIFIED_CHINESE, org.liaisondesk.ui.common.TaskRunner.INLINE, id -> { });
        assertThat(form.history().get(1)).endsWith("  日程“参观瑞丽市妇女发展中心” 删除");
        assertThat(form.history().get(4)).endsWith("成员“" + first.displayName(java.util.Locale.SIMPLIFIED_CHINESE)
                + "” 修改：职务：" + (first.title() == null ? "（空）" : first.title()) + " → 新职务");
        // Another visit's history holds none of it.
        Delegation other = s.delegations().list(RecordFilter.ALL.withText("2019-IN-004")).get(0);
        assertThat(s.history().of(RecordKind.DELEGATION, other.id())).isEmpty();
    }
}
