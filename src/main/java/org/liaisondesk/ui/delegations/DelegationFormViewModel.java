package org.liaisondesk.ui.delegations;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A delegation's overview fields; its members, programme and gifts are edited on the reception-sheet pages. */
public final class DelegationFormViewModel extends RecordFormViewModel<Delegation> {
    private final FormField code, direction, title, status, countries, organisations, head, purpose, start, end;
    private final FormField approvalRef, invitationRef, receptionLevel, hostLeader, liaisonOfficer, liaisonPhone;
    private final FormField arrival, departure, hotel, budget, actual, summary, followUps, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public DelegationFormViewModel(Services services, Delegation original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.main");
        code = required(text("code", "field.code"));
        direction = required(choice("direction", "field.direction", Direction.class));
        title = required(text("title", "field.visitTitle"));
        status = choice("status", "field.status", DelegationStatus.class);
        purpose = area("purpose", "field.purpose");
        group("form.group.dates");
        start = required(date("start", "field.start"));
        end = date("end", "field.end");
        group("form.group.people");
        countries = countries("countries", "field.countries");
        organisations = records("organisations", "field.partners", RecordKind.ORGANISATION);
        head = text("head", "field.head");
        group("form.group.travel");
        approvalRef = text("approvalRef", "field.approvalRef");
        invitationRef = text("invitationRef", "field.invitationRef");
        receptionLevel = text("receptionLevel", "field.receptionLevel");
        hostLeader = text("hostLeader", "field.hostLeader");
        liaisonOfficer = text("liaisonOfficer", "field.liaisonOfficer");
        liaisonPhone = text("liaisonPhone", "field.liaisonPhone");
        arrival = text("arrival", "field.arrival");
        departure = text("departure", "field.departure");
        hotel = text("hotel", "field.hotel");
        group("form.group.money");
        budget = number("budget", "field.budgetCny");
        actual = number("actual", "field.actualCny");
        group("form.group.results");
        summary = area("summary", "field.summary");
        followUps = area("followUps", "field.followUps");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        status.choose(DelegationStatus.PLANNED.name());
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.DELEGATION; }
    @Override protected List<Problem> rules(Delegation d) { return Validation.delegation(d); }
    @Override protected RecordService<Delegation> service() { return services.delegations(); }
    @Override protected Long id(Delegation d) { return d.id(); }
    @Override protected String name(Delegation d) { return d.code() + " " + d.title(); }
    @Override protected void forCopy() { code.set((String) null); }

    @Override
    protected void fill(Delegation d) {
        code.set(d.code());
        direction.choose(d.direction());
        title.set(d.title());
        status.choose(d.status());
        purpose.set(d.purpose());
        start.set(d.startDate());
        end.set(d.endDate());
        countries.chooseAll(d.countries());
        organisations.chooseAll(d.organisationIds());
        head.set(d.headName());
        approvalRef.set(d.approvalRef());
        invitationRef.set(d.invitationRef());
        receptionLevel.set(d.receptionLevel());
        hostLeader.set(d.hostLeader());
        liaisonOfficer.set(d.liaisonOfficer());
        liaisonPhone.set(d.liaisonPhone());
        arrival.set(d.arrival());
        departure.set(d.departure());
        hotel.set(d.hotel());
        budget.set(d.budgetCny());
        actual.set(d.actualCny());
        summary.set(d.summary());
        followUps.set(d.followUps());
        tags.set(d.tags());
        notes.set(d.notes());
    }

    @Override
    protected Delegation build(Long id) {
        return new Delegation(id, code.value(), direction.choice(Direction.class), title.value(), countries.codes(),
                organisations.ids(), head.value(), purpose.value(), start.date(), end.date(),
                status.choice(DelegationStatus.class), approvalRef.value(), invitationRef.value(),
                receptionLevel.value(), hostLeader.value(), liaisonOfficer.value(), liaisonPhone.value(),
                arrival.value(), departure.value(), hotel.value(), budget.decimal(), actual.decimal(), summary.value(),
                followUps.value(), notes.value(), tags.tags(), null, null);
    }
}
