package org.liaisondesk.ui.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** An agreement: with whom, when signed, how long it holds, and the agreements that renew it. */
public final class AgreementPageViewModel extends RecordPageViewModel {
    private final long id;

    public AgreementPageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                  PageActions actions) {
        super(services, RecordKind.AGREEMENT, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        Agreement a = record();
        List<Field> f = new ArrayList<>();
        field(f, "field.code", a.code());
        field(f, "field.agreementType", label(a.type()));
        field(f, "column.status", label(a.status()));
        field(f, "column.partners", organisations(a.partnerIds()));
        field(f, "field.signedOn", join(date(a.signedOn()), a.signedPlace()));
        field(f, "field.ourSignatory", a.ourSignatory());
        field(f, "field.theirSignatory", a.theirSignatory());
        field(f, "field.effectiveFrom", date(a.effectiveFrom()));
        field(f, "field.expiresOn", date(a.expiresOn()));
        field(f, "field.renewal", label(a.renewal()));
        field(f, "field.reviewOn", date(a.reviewOn()));
        field(f, "detail.tags", tags(a.tags()));
        field(f, "detail.notes", a.notes());
        List<Long> renewals = new ArrayList<>(services.lists().agreementsRenewing(id));
        if (a.renewedBy() != null) renewals.add(0, a.renewedBy());
        List<String> countries = a.partnerIds().stream()
                .map(p -> services.organisations().find(p).map(o -> o.country()).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new Page(a.title(), f, related(Map.entry(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION, a.partnerIds())),
                Map.entry(RecordKind.AGREEMENT, rows(RecordKind.AGREEMENT, renewals))), countries);
    }
}
