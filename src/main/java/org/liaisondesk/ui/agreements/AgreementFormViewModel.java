package org.liaisondesk.ui.agreements;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.AgreementStatus;
import org.liaisondesk.domain.AgreementType;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.RenewalMode;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** An agreement's fields: what was signed, with whom, and how long it holds. */
public final class AgreementFormViewModel extends RecordFormViewModel<Agreement> {
    private final FormField code, title, type, status, partners, signedOn, signedPlace, ourSignatory, theirSignatory;
    private final FormField effectiveFrom, expiresOn, renewal, reviewOn, renewedBy, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public AgreementFormViewModel(Services services, Agreement original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.main");
        code = text("code", "field.code");
        title = required(text("title", "field.title"));
        type = choice("type", "field.agreementType", AgreementType.class);
        status = choice("status", "field.status", AgreementStatus.class);
        group("form.group.people");
        partners = required(records("partners", "field.partners", RecordKind.ORGANISATION));
        ourSignatory = text("ourSignatory", "field.ourSignatory");
        theirSignatory = text("theirSignatory", "field.theirSignatory");
        group("form.group.dates");
        signedOn = date("signedOn", "field.signedOn");
        signedPlace = text("signedPlace", "field.signedPlace");
        effectiveFrom = date("effectiveFrom", "field.effectiveFrom");
        expiresOn = date("expires_on", "field.expiresOn");
        renewal = choice("renewal", "field.renewal", RenewalMode.class);
        reviewOn = date("reviewOn", "field.reviewOn");
        renewedBy = record("renewedBy", "field.renewedBy", RecordKind.AGREEMENT);
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.AGREEMENT; }
    @Override protected List<Problem> rules(Agreement a) { return Validation.agreement(a); }
    @Override protected RecordService<Agreement> service() { return services.agreements(); }
    @Override protected Long id(Agreement a) { return a.id(); }
    @Override protected String name(Agreement a) { return a.title(); }
    @Override protected void forCopy() { code.set((String) null); }

    @Override
    protected void fill(Agreement a) {
        code.set(a.code());
        title.set(a.title());
        type.choose(a.type());
        status.choose(a.status());
        partners.chooseAll(a.partnerIds());
        ourSignatory.set(a.ourSignatory());
        theirSignatory.set(a.theirSignatory());
        signedOn.set(a.signedOn());
        signedPlace.set(a.signedPlace());
        effectiveFrom.set(a.effectiveFrom());
        expiresOn.set(a.expiresOn());
        renewal.choose(a.renewal());
        reviewOn.set(a.reviewOn());
        renewedBy.choose(a.renewedBy());
        tags.set(a.tags());
        notes.set(a.notes());
    }

    @Override
    protected Agreement build(Long id) {
        return new Agreement(id, code.value(), title.value(), type.choice(AgreementType.class), partners.ids(),
                signedOn.date(), signedPlace.value(), ourSignatory.value(), theirSignatory.value(), effectiveFrom.date(),
                expiresOn.date(), renewal.choice(RenewalMode.class), reviewOn.date(),
                status.choice(AgreementStatus.class), renewedBy.id(), notes.value(), tags.tags(), null, null);
    }
}
