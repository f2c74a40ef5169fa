package org.liaisondesk.ui.delegations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/**
 * One delegation as the office reads it: overview, members in order of precedence (passports
 * masked), the day-by-day programme and gifts, its partner organisations and events.
 */
public final class DelegationDetailViewModel extends RecordPageViewModel {
    /** Table rows, already in the user's language. */
    public record MemberRow(long id, String precedence, String name, String otherNames, String role, String title,
                            String organisation, String nationality, String passport, String needs, String room) {}

    public record ItemRow(long id, java.time.LocalDate day, String date, String time, String kind, String title,
                          String venue, String ours, String interpreter, String vehicle) {}

    public record GiftRow(long id, String date, String direction, String item, String counterpart, String value,
                          String declared) {}

    public record BudgetRow(long id, String item, String budget, String actual) {}

    private record Tables(List<MemberRow> members, List<ItemRow> programme, List<GiftRow> gifts, List<String> warnings,
                          List<Field> plan, List<BudgetRow> budget, String budgetTotal) {}

    private final long id;
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> programme = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Field> plan = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> budget = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty budgetTotal = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty memberFocus = new javafx.beans.property.SimpleIntegerProperty(-1);
    private Long moved;
    static final int MAX_WARNINGS = 6;
    private volatile List<Problem> allWarnings = List.of();

    public DelegationDetailViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                     PageActions actions) {
        super(services, RecordKind.DELEGATION, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    public ObservableList<MemberRow> members() { return members; }
    public ObservableList<ItemRow> programme() { return programme; }
    public ObservableList<GiftRow> gifts() { return gifts; }

    /** Logistics and checklist, as label and value. */
    public ObservableList<Field> plan() { return plan; }

    public ObservableList<BudgetRow> budget() { return budget; }

    /** "预算合计 … 实际支出合计 …" under the budget lines. */
    public javafx.beans.property.ReadOnlyStringProperty budgetTotalProperty() { return budgetTotal; }

    /** The row of the member just moved, so that Alt+↑ can be pressed again; −1 for none. */
    public javafx.beans.property.ReadOnlyIntegerProperty memberFocusProperty() { return memberFocus; }

    /** What to look at before the visit: expiring passports, overlapping items, gifts to declare. */
    public ObservableList<String> warnings() { return warnings; }

    /** The print preview of this delegation's reception sheet. */
    public org.liaisondesk.ui.sheet.SheetPreviewViewModel sheetPreview() {
        return new org.liaisondesk.ui.sheet.SheetPreviewViewModel(services, id, locale, tasks, dialogs);
    }

    @Override
    protected Page read() {
        Delegation d = record();
        List<DelegationMember> people = services.delegations().members(id);
        List<Field> f = new ArrayList<>();
        field(f, "column.direction", label(d.direction()));
        field(f, "column.status", label(d.status()));
        field(f, "column.countries", countryList(d.countries()));
        field(f, "column.organisation", organisations(d.organisationIds()));
        field(f, "detail.dates", span(d.startDate(), d.endDate()));
        field(f, "detail.head", d.headName());
        field(f, "detail.groupSize", Integer.toString(people.size()));
        field(f, "detail.purpose", d.purpose());
        field(f, "detail.approvalRef", join(d.approvalRef(), d.invitationRef()));
        field(f, "detail.receptionLevel", d.receptionLevel());
        field(f, "detail.hostLeader", d.hostLeader());
        field(f, "detail.liaison", join(d.liaisonOfficer(), d.liaisonPhone()));
        field(f, "detail.arrival", d.arrival());
        field(f, "detail.departure", d.departure());
        field(f, "detail.hotel", d.hotel());
        field(f, "detail.budget", join(money(d.budgetCny()), money(d.actualCny())));
        field(f, "field.summary", d.summary());
        field(f, "field.followUps", d.followUps());
        field(f, "detail.tags", tags(d.tags()));
        field(f, "detail.notes", d.notes());
        List<ItineraryItem> items = services.delegations().itinerary(id);
        List<Gift> given = services.delegations().gifts(id);
        List<BudgetLine> lines = services.delegations().budget(id);
        Tables tables = new Tables(people.stream().map(m -> new MemberRow(m.id(), Integer.toString(m.precedence()),
                m.displayName(locale), m.otherNames(locale), label(m.role()), m.title(), m.organisationName(),
                m.nationality() == null ? "" : country(m.nationality()), mask(m.passportNo()),
                join(m.dietary(), m.religion(), m.accessNeeds()), m.room())).toList(),
                items.stream().map(i -> new ItemRow(i.id(), i.itemDate(), date(PartialDate.of(i.itemDate())),
                        time(i), label(i.kind()), i.title(), i.venue(), i.ourParticipants(), i.interpreter(),
                        i.vehicle())).toList(),
                given.stream().map(g -> new GiftRow(g.id(), date(PartialDate.of(g.givenOn())),
                        label(g.direction()), g.item(), g.counterpart(), money(g.valueCny()),
                        g.declaredOn() == null ? "" : date(PartialDate.of(g.declaredOn())))).toList(),
                shownWarnings(VisitWarnings.of(d, people, items, given, java.time.LocalDate.now())),
                planFields(services.delegations().plan(id)), lines.stream().map(b -> new BudgetRow(b.id(), b.item(),
                        nz(money(b.budgetCny())), nz(money(b.actualCny())))).toList(),
                text("detail.budget.total", nz(money(sum(lines, BudgetLine::budgetCny))),
                        nz(money(sum(lines, BudgetLine::actualCny)))));
        organisationIds = d.organisationIds();
        return new Page(d.code() + "  " + d.title(), f, null, d.countries(), tables);
    }

    /** Partners and events come after the members and programme, which are what the office opens a visit for. */
    @Override
    protected Map<RecordKind, List<ListRow>> readRelated() {
        return related(Map.entry(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION, organisationIds)),
                Map.entry(RecordKind.EVENT, rows(RecordKind.EVENT, services.lists().eventsOfDelegation(id))));
    }

    private volatile List<Long> organisationIds = List.of();

    @Override
    protected void showExtra(Object extra) {
        Tables t = (Tables) extra;
        members.setAll(t.members());
        programme.setAll(t.programme());
        gifts.setAll(t.gifts());
        // Warnings, logistics and budget join once the members and programme are drawn, as related
        // records do: the visit's main tables come first.
        tasks.runAfterShown(() -> t, x -> {
            warnings.setAll(x.warnings());
            plan.setAll(x.plan());
            budget.setAll(x.budget());
            budgetTotal.set(x.budget().isEmpty() ? "" : x.budgetTotal());
        }, e -> { });
        memberFocus.set(-1);
        if (moved != null) {
            for (int i = 0; i < members.size(); i++) if (members.get(i).id() == moved) memberFocus.set(i);
            moved = null;
        }
    }

    // Members, programme and gifts are edited in forms that return to this page.

    public void addMember() {
        Delegation d = record();
        int next = members.size() + 1;
        actions().editPart(RecordKind.DELEGATION, id, saved -> new MemberFormViewModel(services, d, null, next, locale, tasks, saved));
    }

    public void editMember(MemberRow row) {
        if (row == null) return;
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new MemberFormViewModel(services, d,
                services.delegations().members(id).stream().filter(m -> m.id() == row.id()).findFirst()
                        .orElseThrow(() -> new org.liaisondesk.domain.InvalidInputException("error.record.missing",
                                RecordKind.DELEGATION_MEMBER, row.id())), 0, locale, tasks, saved));
    }

    /** Up (−1) or down (+1) in the order of precedence (Alt+↑/↓ in the table). */
    public void moveMember(MemberRow row, int by) {
        if (row == null) return;
        moved = row.id();
        change(() -> services.delegations().moveMember(row.id(), by));
    }

    public void removeMember(MemberRow row) {
        if (row != null && confirmRemove(row.name())) change(() -> services.delegations().removeMember(row.id()));
    }

    /** A new programme item, on the day of the selected one (or the first day). */
    public void addItem(ItemRow near) {
        Delegation d = record();
        java.time.LocalDate day = near != null ? near.day()
                : d.startDate() != null && d.startDate().precision() == PartialDate.Precision.DAY ? d.startDate().start() : null;
        actions().editPart(RecordKind.DELEGATION, id, saved -> new ItineraryFormViewModel(services, d, null, false, day,
                locale, tasks, saved));
    }

    public void editItem(ItemRow row, boolean copy) {
        if (row == null) return;
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new ItineraryFormViewModel(services, d,
                item(row.id()), copy, null, locale, tasks, saved));
    }

    public void removeItem(ItemRow row) {
        if (row != null && confirmRemove(row.title())) change(() -> services.delegations().removeItineraryItem(row.id()));
    }

    /** Copies the selected item's whole day to another day of the visit, asked for by date. */
    public void copyDay(ItemRow row) {
        if (row == null) return;
        java.util.Optional<String> to = dialogs.ask(text("detail.copyDay"), text("detail.copyDay.ask", date(PartialDate.of(row.day()))),
                row.day().plusDays(1).toString());
        if (to.isEmpty()) return;
        PartialDate target;
        try {
            target = PartialDate.parse(to.get());
        } catch (org.liaisondesk.domain.InvalidInputException e) {
            dialogs.error(text("detail.copyDay"), Messages.format(locale, e));
            return;
        }
        if (target.precision() != PartialDate.Precision.DAY) {
            dialogs.error(text("detail.copyDay"), text("error.itinerary.day"));
            return;
        }
        change(() -> services.delegations().copyDay(id, row.day(), target.start()));
    }

    public void addGift() {
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new GiftFormViewModel(services, d, null, locale, tasks, saved));
    }

    public void editGift(GiftRow row) {
        if (row == null) return;
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new GiftFormViewModel(services, d,
                services.delegations().gifts(id).stream().filter(g -> g.id() == row.id()).findFirst()
                        .orElseThrow(() -> new org.liaisondesk.domain.InvalidInputException("error.record.missing",
                                RecordKind.GIFT, row.id())), locale, tasks, saved));
    }

    public void removeGift(GiftRow row) {
        if (row != null && confirmRemove(row.item())) change(() -> services.delegations().removeGift(row.id()));
    }

    public void editPlan() {
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new VisitPlanFormViewModel(services, d,
                services.delegations().plan(id), locale, tasks, saved));
    }

    public void addBudgetLine() {
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new BudgetLineFormViewModel(services, d, null, locale, tasks, saved));
    }

    public void editBudgetLine(BudgetRow row) {
        if (row == null) return;
        Delegation d = record();
        actions().editPart(RecordKind.DELEGATION, id, saved -> new BudgetLineFormViewModel(services, d,
                services.delegations().budget(id).stream().filter(b -> b.id() == row.id()).findFirst()
                        .orElseThrow(() -> new org.liaisondesk.domain.InvalidInputException("error.record.missing",
                                RecordKind.DELEGATION, row.id())), locale, tasks, saved));
    }

    public void removeBudgetLine(BudgetRow row) {
        if (row != null && confirmRemove(row.item())) change(() -> services.delegations().removeBudgetLine(row.id()));
    }

    private List<Field> planFields(VisitPlan p) {
        List<Field> f = new ArrayList<>();
        field(f, "field.vehicles", p.vehicles());
        field(f, "field.accompanyingStaff", p.accompanyingStaff());
        field(f, "field.interpreters", p.interpreters());
        field(f, "field.safetyNotes", p.safetyNotes());
        field(f, "field.invitationLetter", yesNo(p.invitationLetter()));
        field(f, "field.policeRegistration", yesNo(p.policeRegistration()));
        field(f, "field.passportsReturned", yesNo(p.passportsReturned()));
        field(f, "field.summaryDue", p.summaryDue() == null ? null : date(PartialDate.of(p.summaryDue())));
        return f;
    }

    /** The first few warnings, then how many more: a page of warnings would bury the visit. */
    private List<String> shownWarnings(List<Problem> all) {
        allWarnings = all;
        if (all.size() <= MAX_WARNINGS) return format(all);
        List<String> out = new ArrayList<>(format(all.subList(0, MAX_WARNINGS - 1)));
        out.add(text("warning.more", all.size() - MAX_WARNINGS + 1));
        return out;
    }

    /** A click on "… and n more" lists them all. */
    public void showAllWarnings() { warnings.setAll(format(allWarnings)); }

    private List<String> format(List<Problem> problems) {
        return problems.stream().map(p -> Messages.format(locale, p.key(), p.args())).toList();
    }

    private String yesNo(boolean done) { return text(done ? "detail.check.done" : "detail.check.open"); }

    private static java.math.BigDecimal sum(List<BudgetLine> lines,
                                            java.util.function.Function<BudgetLine, java.math.BigDecimal> v) {
        return lines.stream().map(v).filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private ItineraryItem item(long itemId) {
        return services.delegations().itinerary(id).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new org.liaisondesk.domain.InvalidInputException("error.record.missing",
                        RecordKind.ITINERARY_ITEM, itemId));
    }

    private boolean confirmRemove(String what) {
        return dialogs.confirm(text("detail.remove.title"), text("detail.remove.text", what));
    }

    /** Writes in the background, then reads the page again; a refusal is shown. */
    private void change(Runnable write) {
        tasks.run(() -> {
            write.run();
            return Boolean.TRUE;
        }, ok -> load(), t -> dialogs.error(text("dialog.error"),
                org.liaisondesk.service.Failures.describe(locale, t, services.dataFolder())));
    }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }

    private static String time(ItineraryItem i) {
        if (i.startTime() == null) return "";
        return i.startTime() + (i.endTime() == null ? "" : "–" + i.endTime());
    }
}
