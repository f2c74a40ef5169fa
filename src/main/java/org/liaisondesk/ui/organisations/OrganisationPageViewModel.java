package org.liaisondesk.ui.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** A partner organisation and everything that refers to it: contacts, delegations, agreements, projects, events, offices. */
public final class OrganisationPageViewModel extends RecordPageViewModel {
    private final long id;

    public OrganisationPageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                     PageActions actions) {
        super(services, RecordKind.ORGANISATION, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        Organisation o = record();
        List<Field> f = new ArrayList<>();
        field(f, "column.otherNames", o.otherNames(locale));
        field(f, "column.abbreviation", o.abbreviation());
        field(f, "column.type", label(o.type()));
        field(f, "column.country", country(o.country()));
        field(f, "detail.place", String.join(" ", java.util.stream.Stream.of(o.province(), o.city(), o.address())
                .filter(p -> p != null && !p.isBlank()).toList()));
        field(f, "detail.website", o.website());
        field(f, "column.email", o.email());
        field(f, "detail.phone", o.phone());
        field(f, "column.partnerSince", date(o.partnerSince()));
        field(f, "column.status", label(o.status()));
        field(f, "column.lastContact", date(services.organisations().lastContact(id).orElse(null)));
        field(f, "detail.tags", tags(o.tags()));
        field(f, "detail.notes", o.notes());
        return new Page(o.displayName(locale), f, services.lists().relatedToOrganisation(id, locale), List.of(o.country()));
    }
}
