package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.domain.reminder.Agenda;
import org.liaisondesk.domain.reminder.ChecklistGap;
import org.liaisondesk.domain.reminder.Reminder;
import org.liaisondesk.domain.reminder.ReminderKind;
import org.liaisondesk.domain.reminder.ReminderRules;

/** Every reminder rule at its boundaries, against a real database. */
class ReminderServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path dir;
    Services s;

    long partner;

    @BeforeEach
    void open() {
        s = Services.open(dir);
        partner = s.organisations().create(new Organisation(null, "老街省妇联", null, null, null, OrganisationType.NGO, "VN",
                null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
    }

    @AfterEach
    void close() { s.close(); }

    private List<Reminder> due(ReminderKind kind) {
        Agenda a = s.reminders().agenda(TODAY);
        return java.util.stream.Stream.concat(a.coming().stream(), a.due().stream()).filter(r -> r.kind() == kind).toList();
    }

    private long agreement(String code, PartialDate expires, RenewalMode renewal, PartialDate review, AgreementStatus st) {
        return s.agreements().create(new Agreement(null, code, "协议 " + code, AgreementType.MOU, List.of(partner), null, null,
                null, null, null, expires, renewal, review, st, null, null, Tags.NONE, null, null));
    }

    private long visit(String code, Direction dir, PartialDate start, PartialDate end, DelegationStatus st) {
        return s.delegations().create(new Delegation(null, code, dir, "访问 " + code, List.of("VN"), List.of(), null, null,
                start, end, st, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                Tags.NONE, null, null));
    }

    @Test
    void agreementsShowFromNinetyDaysBeforeTheyExpireInStages() {
        agreement("A89", PartialDate.of(TODAY.plusDays(89)), RenewalMode.FIXED_TERM, null, AgreementStatus.ACTIVE);
        agreement("A90", PartialDate.of(TODAY.plusDays(90)), RenewalMode.FIXED_TERM, null, AgreementStatus.ACTIVE);
        agreement("A91", PartialDate.of(TODAY.plusDays(91)), RenewalMode.FIXED_TERM, null, AgreementStatus.ACTIVE);
        agreement("A30", PartialDate.of(TODAY.plusDays(30)), RenewalMode.FIXED_TERM, null, AgreementStatus.SIGNED);
        agreement("GONE", PartialDate.of(TODAY.minusDays(3)), RenewalMode.FIXED_TERM, null, AgreementStatus.ACTIVE);
        agreement("DONE", PartialDate.of(TODAY.plusDays(10)), RenewalMode.FIXED_TERM, null, AgreementStatus.EXPIRED);
        agreement("RENEW", PartialDate.of(TODAY.plusDays(10)), RenewalMode.FIXED_TERM, null, AgreementStatus.RENEWED);
        assertThat(due(ReminderKind.AGREEMENT_EXPIRING)).extracting(Reminder::subject)
                .containsExactly("GONE", "A30", "A89", "A90");
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(91), TODAY)).isEqualTo(-1);
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(90), TODAY)).isEqualTo(90);
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(61), TODAY)).isEqualTo(90);
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(60), TODAY)).isEqualTo(60);
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(31), TODAY)).isEqualTo(60);
        assertThat(ReminderRules.expiryStage(TODAY.plusDays(30), TODAY)).isEqualTo(30);
        assertThat(ReminderRules.expiryStage(TODAY, TODAY)).isEqualTo(30);
        assertThat(ReminderRules.expiryStage(TODAY.minusDays(1), TODAY)).isZero();
        assertThat(due(ReminderKind.AGREEMENT_EXPIRING).get(0).overdue()).isTrue();
    }

    @Test
    void evergreenAgreementsAreDueOnTheirReviewDate() {
        agreement("TODAY", null, RenewalMode.EVERGREEN, PartialDate.of(TODAY), AgreementStatus.SIGNED);
        agreement("TOMORROW", null, RenewalMode.EVERGREEN, PartialDate.of(TODAY.plusDays(1)), AgreementStatus.SIGNED);
        agreement("MONTH", null, RenewalMode.EVERGREEN, PartialDate.ofMonth(2026, 11), AgreementStatus.ACTIVE);
        agreement("NONE", null, RenewalMode.EVERGREEN, null, AgreementStatus.ACTIVE);
        assertThat(due(ReminderKind.AGREEMENT_REVIEW)).extracting(Reminder::subject).containsExactly("MONTH", "TODAY");
    }

    @Test
    void receivedGiftsOf200CnyAreDueAfterThirtyDaysUndeclared() {
        long v = visit("V1", Direction.INCOMING, PartialDate.ofYear(2026), null, DelegationStatus.COMPLETED);
        gift(v, 200, TODAY.minusDays(31), null, GiftDirection.RECEIVED, "漆画31");
        gift(v, 200, TODAY.minusDays(30), null, GiftDirection.RECEIVED, "漆画30");
        gift(v, 199.99, TODAY.minusDays(60), null, GiftDirection.RECEIVED, "茶199");
        gift(v, 5000, TODAY.minusDays(60), TODAY.minusDays(40), GiftDirection.RECEIVED, "已登记");
        gift(v, 5000, TODAY.minusDays(60), null, GiftDirection.GIVEN, "赠送");
        List<Reminder> gifts = due(ReminderKind.GIFT_UNDECLARED);
        assertThat(gifts).extracting(Reminder::subject).containsExactly("漆画31 · 200 CNY");
        assertThat(gifts.get(0).record()).isEqualTo(RecordKind.DELEGATION);
        assertThat(gifts.get(0).recordId()).isEqualTo(v);
        assertThat(gifts.get(0).days()).isEqualTo(-1);
    }

    private void gift(long visit, double value, LocalDate on, LocalDate declared, GiftDirection d, String item) {
        s.delegations().addGift(new Gift(null, visit, null, d, item, null, BigDecimal.valueOf(value), on, declared, null));
    }

    @Test
    void visitsAndEventsOfTheNextThirtyDaysAreComingWithWhatTheyLack() {
        long in30 = visit("IN30", Direction.INCOMING, PartialDate.of(TODAY.plusDays(30)), null, DelegationStatus.PLANNED);
        visit("IN31", Direction.INCOMING, PartialDate.of(TODAY.plusDays(31)), null, DelegationStatus.PLANNED);
        visit("NOW", Direction.OUTGOING, PartialDate.of(TODAY.minusDays(2)), PartialDate.of(TODAY), DelegationStatus.IN_PROGRESS);
        visit("PAST", Direction.OUTGOING, PartialDate.of(TODAY.minusDays(5)), PartialDate.of(TODAY.minusDays(1)), null);
        visit("OFF", Direction.INCOMING, PartialDate.of(TODAY.plusDays(3)), null, DelegationStatus.CANCELLED);
        visit("DEC", Direction.INCOMING, PartialDate.ofMonth(2026, 12), null, DelegationStatus.APPROVED);
        List<Reminder> coming = due(ReminderKind.DELEGATION_COMING);
        assertThat(coming).extracting(Reminder::subject).containsExactly("NOW", "DEC", "IN30");
        Reminder r = coming.get(2);
        assertThat(r.recordId()).isEqualTo(in30);
        assertThat(r.days()).isEqualTo(30);
        assertThat(r.gaps()).containsExactly(ChecklistGap.APPROVAL, ChecklistGap.INVITATION, ChecklistGap.MEMBERS,
                ChecklistGap.PROGRAMME, ChecklistGap.HOTEL, ChecklistGap.LIAISON_OFFICER);
        assertThat(coming.get(0).gaps()).as("outgoing visits need no hotel or invitation here")
                .containsExactly(ChecklistGap.APPROVAL, ChecklistGap.MEMBERS, ChecklistGap.PROGRAMME);

        s.events().create(new Event(null, "论坛", EventKind.FORUM, PartialDate.of(TODAY.plusDays(30)), null, "LA", null,
                null, List.of(), List.of(), List.of(), null, null, null, null, null, null, Tags.NONE, null, null));
        s.events().create(new Event(null, "太远", EventKind.FORUM, PartialDate.of(TODAY.plusDays(31)), null, "LA", null,
                null, List.of(), List.of(), List.of(), null, null, null, null, null, null, Tags.NONE, null, null));
        assertThat(due(ReminderKind.EVENT_COMING)).extracting(Reminder::title).containsExactly("论坛");
    }

    @Test
    void passportsMustOutlastAPlannedVisitBySixMonths() {
        LocalDate end = TODAY.plusDays(60);
        long v = visit("P", Direction.INCOMING, PartialDate.of(TODAY.plusDays(55)), PartialDate.of(end), DelegationStatus.APPROVED);
        member(v, 1, "差一天", end.plusMonths(6).minusDays(1));
        member(v, 2, "刚好", end.plusMonths(6));
        long old = visit("OLD", Direction.INCOMING, PartialDate.ofYear(2019), null, DelegationStatus.COMPLETED);
        member(old, 1, "旧的", LocalDate.of(2019, 6, 1));
        assertThat(due(ReminderKind.PASSPORT_EXPIRING)).extracting(Reminder::subject).containsExactly("差一天");
    }

    private void member(long visit, int n, String name, LocalDate expiry) {
        s.delegations().addMember(new DelegationMember(null, visit, null, name, null, null, null, null, null, "VN",
                "C000" + n, PartialDate.of(expiry), null, MemberRole.MEMBER, n, null, null, null, null, null));
    }

    @Test
    void summariesOfOutgoingVisitsAreDueAMonthAfterTheyEnd() {
        long late = visit("LATE", Direction.OUTGOING, PartialDate.of(TODAY.minusDays(40)), PartialDate.of(TODAY.minusMonths(1).minusDays(1)), DelegationStatus.COMPLETED);
        visit("FRESH", Direction.OUTGOING, PartialDate.of(TODAY.minusDays(3)), PartialDate.of(TODAY.minusDays(1)), null);
        visit("ANCIENT", Direction.OUTGOING, PartialDate.ofYear(2023), null, DelegationStatus.COMPLETED);
        visit("INBOUND", Direction.INCOMING, PartialDate.of(TODAY.minusDays(3)), PartialDate.of(TODAY.minusDays(1)), null);
        List<Reminder> owed = due(ReminderKind.SUMMARY_DUE);
        assertThat(owed).extracting(Reminder::subject).containsExactly("LATE", "FRESH");
        assertThat(owed.get(0).recordId()).isEqualTo(late);
        assertThat(owed.get(0).days()).isEqualTo(-1);
        assertThat(owed.get(1).overdue()).isFalse();
    }

    @Test
    void theSampleDataHasSomethingForThisMonthAndQuietPartnersRankedByActivity() {
        s.organisations().delete(partner);
        s.sampleData().load(false);
        Agenda a = s.reminders().agenda(TODAY);
        assertThat(a.coming()).extracting(Reminder::subject).contains("2026-IN-011");
        assertThat(a.due()).extracting(Reminder::kind).contains(ReminderKind.AGREEMENT_EXPIRING,
                ReminderKind.GIFT_UNDECLARED);
        assertThat(a.quiet()).isNotEmpty();
        assertThat(a.quiet()).allSatisfy(q -> assertThat(q.lastContact().end()).isBefore(TODAY.minusYears(2)));
        assertThat(a.quiet()).extracting(q -> q.activities()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(a.quiet()).extracting(q -> q.nameZh()).doesNotContain("云南省妇女联合会", "缅甸木姐地区妇女组织").contains("清迈妇女发展协会（示例）");
        assertThat(a.quietTotal()).isEqualTo(a.quiet().size());
        assertThat(s.reminders().exchangesPerYear(2018, 2019)).extracting(y -> y.events()).containsExactly(4L, 1L);
        assertThat(s.reminders().topCountries(3)).extracting(c -> c.iso2()).contains("LA");
    }
}
