package org.liaisondesk.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSites;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** A cooperation project: funder and partners, its Yunnan sites and beneficiaries, its events. */
public final class ProjectPageViewModel extends RecordPageViewModel {
    private final long id;

    public ProjectPageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                PageActions actions) {
        super(services, RecordKind.PROJECT, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        Project p = record();
        List<Field> f = new ArrayList<>();
        field(f, "field.code", p.code());
        field(f, "column.status", label(p.status()));
        field(f, "column.funder", organisation(p.funderId()));
        field(f, "column.partners", organisations(p.partnerIds()));
        field(f, "detail.dates", span(p.startDate(), p.endDate()));
        field(f, "field.budget", p.budget() == null ? null : String.format(locale, "%,.0f %s", p.budget(),
                p.currency() == null ? "" : p.currency()));
        field(f, "field.beneficiariesTotal", number(p.beneficiariesTotal()));
        field(f, "field.sites", ProjectSites.format(services.projects().sites(id)).replace("\n", enumeration()));
        field(f, "field.outcomes", p.outcomes());
        field(f, "field.reportDue", p.reportDue());
        field(f, "detail.tags", tags(p.tags()));
        field(f, "detail.notes", p.notes());
        List<Long> orgs = new ArrayList<>(p.partnerIds());
        if (p.funderId() != null) orgs.add(0, p.funderId());
        return new Page(p.title(), f, related(Map.entry(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION, orgs)),
                Map.entry(RecordKind.EVENT, rows(RecordKind.EVENT, services.lists().eventsOfProject(id)))), List.of());
    }
}
