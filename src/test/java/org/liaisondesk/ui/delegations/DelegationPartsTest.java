package org.liaisondesk.ui.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.RecordingActions;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** Planning a visit on its page: members, programme and gifts through their forms, without the FX toolkit. */
class DelegationPartsTest {
    @TempDir Path dir;
    Services s;
    long id;
    RecordingActions actions = new RecordingActions();
    ScriptedDialogs dialogs = new ScriptedDialogs();
    DelegationDetailViewModel page;

    @BeforeEach
    void open() {
        s = Services.open(dir);
        s.sampleData().load(false);
        id = s.delegations().findByCode("2026-IN-011").orElseThrow().id();
        page = new DelegationDetailViewModel(s, id, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, actions);
        page.load();
    }

    @AfterEach
    void close() { s.close(); }

    @Test
    void aNewMemberTakesTheirPrecedenceAndTheOthersMoveDownThenMoveAndRemoveKeepTheOrderWhole() {
        page.addMember();
        RecordFormViewModel<?> form = actions.parts.get(0);
        assertThat(form.title()).startsWith("2026-IN-011");
        assertThat(field(form, "precedence").whole()).isEqualTo(5);
        assertThat(form.problems()).containsKey("name");
        assertThat(form.canSaveProperty().get()).isFalse();
        field(form, "name").set("李副团长");
        field(form, "precedence").set(2);
        field(form, "passportNo").set("MA000099");
        field(form, "passportExpiry").set("2027-03");
        field(form, "saveAsContact").set(true);
        assertThat(form.problems()).isEmpty();
        form.save();
        assertThat(actions.partsSaved).isEqualTo(1);
        List<DelegationMember> m = s.delegations().members(id);
        assertThat(m).extracting(DelegationMember::precedence).containsExactly(1, 2, 3, 4, 5);
        assertThat(m.get(1).nameZh()).isEqualTo("李副团长");
        assertThat(m.get(1).contactId()).as("kept as a contact").isNotNull();
        assertThat(s.contacts().find(m.get(1).contactId()).orElseThrow().passportNo()).isEqualTo("MA000099");
        assertThat(m.get(2).nameEn()).isEqualTo("Daw Nang Seng");

        page.load();
        assertThat(page.warnings()).anyMatch(w -> w.contains("李副团长") && w.contains("护照"));
        page.moveMember(page.members().get(1), 2);
        assertThat(s.delegations().members(id)).extracting(x -> x.displayName(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("宾玛", "Daw Nang Seng", "Ma Hla Hla", "李副团长", "岳小红");
        assertThat(page.memberFocusProperty().get()).as("the moved row stays selected").isEqualTo(3);
        page.removeMember(page.members().get(0));
        assertThat(dialogs.shown).last().asString().contains("宾玛");
        assertThat(s.delegations().members(id)).extracting(DelegationMember::precedence).containsExactly(1, 2, 3, 4);
        assertThat(page.members().get(0).name()).isEqualTo("Daw Nang Seng");
    }

    @Test
    void programmeItemsStayInsideTheVisitOverlapsAreFlaggedAndADayCopies() {
        page.addItem(page.programme().get(1));
        RecordFormViewModel<?> form = actions.parts.get(0);
        assertThat(field(form, "date").date().iso()).isEqualTo("2026-12-09");
        field(form, "title").set("参观妇女之家");
        field(form, "start_time").set("25:00");
        assertThat(form.problems()).containsKey("start_time");
        field(form, "start_time").set("１０：３０");
        field(form, "end_time").set("1130");
        field(form, "date").set("2026-12-20");
        assertThat(form.problems().get("date")).contains("2026年12月8日");
        field(form, "date").set("2026-12");
        assertThat(form.problems().get("date")).contains("具体日期");
        field(form, "date").set("2026-12-09");
        assertThat(form.problems()).isEmpty();
        form.save();
        page.load();
        assertThat(page.warnings()).anyMatch(w -> w.contains("参观妇女之家") && w.contains("农村卫生健康培训") && w.contains("重叠"));

        dialogs.reply = "2026-12-10";
        page.copyDay(page.programme().stream().filter(r -> r.title().equals("参观妇女之家")).findFirst().orElseThrow());
        List<ItineraryItem> items = s.delegations().itinerary(id);
        assertThat(items.stream().filter(i -> i.itemDate().toString().equals("2026-12-10")).map(ItineraryItem::title))
                .contains("参观妇女之家", "农村卫生健康培训", "欢迎晚宴", "座谈：预防拐卖合作");
        dialogs.reply = "2027-01-01";
        int before = s.delegations().itinerary(id).size();
        page.copyDay(page.programme().get(0));
        assertThat(dialogs.shown).last().asString().contains("error");
        assertThat(s.delegations().itinerary(id)).as("a refused copy writes nothing").hasSize(before);
    }

    @Test
    void aReceivedGiftOf200YuanIsFlaggedUntilDeclared() {
        page.addGift();
        RecordFormViewModel<?> form = actions.parts.get(0);
        field(form, "direction").choose("RECEIVED");
        field(form, "item").set("手工银饰");
        field(form, "value_cny").set("200");
        field(form, "date").set("2026-12-09");
        form.save();
        page.load();
        assertThat(page.warnings()).anyMatch(w -> w.contains("手工银饰") && w.contains("2027-01-08"));
        page.editGift(page.gifts().stream().filter(g -> g.item().equals("手工银饰")).findFirst().orElseThrow());
        RecordFormViewModel<?> edit = actions.parts.get(1);
        field(edit, "declaredOn").set("2026-12-20");
        edit.save();
        page.load();
        assertThat(page.warnings()).noneMatch(w -> w.contains("手工银饰"));
        assertThat(s.delegations().gifts(id)).extracting(Gift::declaredOn).isNotEmpty();
    }

    @Test
    void logisticsChecklistAndBudgetLinesAreKeptAndTotalled() {
        assertThat(page.plan()).extracting(org.liaisondesk.ui.common.Field::label).contains("车辆与司机", "邀请函已办妥");
        assertThat(page.budget()).hasSize(5);
        assertThat(page.budgetTotalProperty().get()).isEqualTo("预算合计 ¥26,000，实际支出合计 ¥0");

        page.editPlan();
        RecordFormViewModel<?> plan = actions.parts.get(0);
        assertThat(plan.title()).isEqualTo("2026-IN-011 · 接待安排与清单");
        field(plan, "police").set(true);
        field(plan, "summaryDue").set("2026-12");
        assertThat(plan.problems()).containsKey("summaryDue");
        field(plan, "summaryDue").set("2027-01-15");
        plan.save();
        assertThat(s.delegations().plan(id).policeRegistration()).isTrue();
        assertThat(s.delegations().plan(id).summaryDue()).hasToString("2027-01-15");
        assertThat(s.delegations().plan(id).interpreters()).isEqualTo("岳小红（缅甸语）");

        page.load();
        page.editBudgetLine(page.budget().get(2));
        RecordFormViewModel<?> line = actions.parts.get(1);
        field(line, "actual_cny").set("-5");
        assertThat(line.problems()).containsKey("actual_cny");
        field(line, "actual_cny").set("2,800");
        line.save();
        page.addBudgetLine();
        RecordFormViewModel<?> added = actions.parts.get(2);
        assertThat(added.canSaveProperty().get()).isFalse();
        field(added, "item").set("翻译费");
        field(added, "budget_cny").set("1200");
        added.save();
        page.load();
        assertThat(page.budget()).extracting(DelegationDetailViewModel.BudgetRow::item).endsWith("翻译费");
        assertThat(page.budgetTotalProperty().get()).isEqualTo("预算合计 ¥27,200，实际支出合计 ¥2,800");
        page.removeBudgetLine(page.budget().get(0));
        assertThat(s.delegations().budget(id)).hasSize(5);

        // Delete the visit, then undo: its plan and budget come back with it.
        var gone = s.delegations().deleteUndoably(id);
        assertThat(s.delegations().budget(id)).isEmpty();
        s.delegations().restore(gone);
        assertThat(s.delegations().budget(id)).hasSize(5);
        assertThat(s.delegations().plan(id).policeRegistration()).isTrue();
    }

    @Test
    void manyWarningsShowAFewAndTheRestOnAClick() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 9);
        for (int i = 0; i < 8; i++) {
            s.delegations().addItineraryItem(new ItineraryItem(null, id, day, java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(10, 0), null, "同时进行的活动 " + i, null, null, null, null, null, null));
        }
        page.load();
        assertThat(page.warnings()).hasSize(DelegationDetailViewModel.MAX_WARNINGS);
        assertThat(page.warnings()).last().asString().startsWith("……另有").contains("条提醒");
        page.showAllWarnings();
        assertThat(page.warnings().size()).isGreaterThan(28);
    }

    static FormField field(RecordFormViewModel<?> form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
