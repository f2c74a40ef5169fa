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
    public record MemberRow(String precedence, String name, String otherNames, String role, String title,
                            String organisation, String nationality, String passport, String needs, String room) {}

    public record ItemRow(String date, String time, String kind, String title, String venue, String ours,
                          String interpreter, String vehicle) {}

    public record GiftRow(String date, String direction, String item, String counterpart, String value) {}

    private record Tables(List<MemberRow> members, List<ItemRow> programme, List<GiftRow> gifts) {}

    private final long id;
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> programme = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();

    public DelegationDetailViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                     PageActions actions) {
        super(services, RecordKind.DELEGATION, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    public ObservableList<MemberRow> members() { return members; }
    public ObservableList<ItemRow> programme() { return programme; }
    public ObservableList<GiftRow> gifts() { return gifts; }

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
        Tables tables = new Tables(people.stream().map(m -> new MemberRow(Integer.toString(m.precedence()),
                m.displayName(locale), m.otherNames(locale), label(m.role()), m.title(), m.organisationName(),
                m.nationality() == null ? "" : country(m.nationality()), mask(m.passportNo()),
                join(m.dietary(), m.religion(), m.accessNeeds()), m.room())).toList(),
                services.delegations().itinerary(id).stream().map(i -> new ItemRow(date(PartialDate.of(i.itemDate())),
                        time(i), label(i.kind()), i.title(), i.venue(), i.ourParticipants(), i.interpreter(),
                        i.vehicle())).toList(),
                services.delegations().gifts(id).stream().map(g -> new GiftRow(date(PartialDate.of(g.givenOn())),
                        label(g.direction()), g.item(), g.counterpart(), money(g.valueCny()))).toList());
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
    }

    private static String time(ItineraryItem i) {
        if (i.startTime() == null) return "";
        return i.startTime() + (i.endTime() == null ? "" : "–" + i.endTime());
    }
}
