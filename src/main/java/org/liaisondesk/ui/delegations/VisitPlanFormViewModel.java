package org.liaisondesk.ui.delegations;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.VisitPlan;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A visit's logistics (vehicles, staff, interpreters, safety notes) and its checklist. */
public final class VisitPlanFormViewModel extends RecordFormViewModel<VisitPlan> {
    private final Delegation delegation;
    private final FormField vehicles, staff, interpreters, safety, invitation, police, passports, summaryDue;

    public VisitPlanFormViewModel(Services services, Delegation delegation, VisitPlan plan, Locale locale,
                                  TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        this.delegation = delegation;
        group("form.group.travel");
        vehicles = area("vehicles", "field.vehicles").hint("field.vehicles.hint");
        staff = area("staff", "field.accompanyingStaff");
        interpreters = area("interpreters", "field.interpreters").hint("field.interpreters.hint");
        safety = area("safety", "field.safetyNotes");
        group("form.group.checklist");
        invitation = check("invitation", "field.invitationLetter");
        police = check("police", "field.policeRegistration");
        passports = check("passports", "field.passportsReturned");
        summaryDue = date("summaryDue", "field.summaryDue");
        begin(plan, false);
    }

    @Override public RecordKind kind() { return RecordKind.DELEGATION; }
    @Override protected List<Problem> rules(VisitPlan p) { return List.of(); }
    @Override protected Long id(VisitPlan p) { return p.delegationId(); }
    @Override protected String name(VisitPlan p) { return delegation.code(); }

    @Override
    public String title() {
        return delegation.code() + " · " + Messages.format(locale, "detail.plan", List.of());
    }

    @Override
    protected java.util.Map<String, String> readProblems() {
        PartialDate d = summaryDue.date();
        return d != null && d.precision() != PartialDate.Precision.DAY
                ? java.util.Map.of("summaryDue", Messages.format(locale, "error.itinerary.day", List.of())) : java.util.Map.of();
    }

    @Override
    protected void fill(VisitPlan p) {
        vehicles.set(p.vehicles());
        staff.set(p.accompanyingStaff());
        interpreters.set(p.interpreters());
        safety.set(p.safetyNotes());
        invitation.set(p.invitationLetter());
        police.set(p.policeRegistration());
        passports.set(p.passportsReturned());
        summaryDue.set(p.summaryDue() == null ? null : PartialDate.of(p.summaryDue()));
    }

    @Override
    protected VisitPlan build(Long id) {
        PartialDate due = summaryDue.date();
        return new VisitPlan(delegation.id(), vehicles.value(), staff.value(), interpreters.value(), safety.value(),
                invitation.checked(), police.checked(), passports.checked(),
                due == null || due.precision() != PartialDate.Precision.DAY ? null : due.start());
    }

    @Override
    protected long write(VisitPlan p) {
        services.delegations().savePlan(p);
        return p.delegationId();
    }
}
