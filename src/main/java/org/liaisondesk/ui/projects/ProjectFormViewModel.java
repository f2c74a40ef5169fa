package org.liaisondesk.ui.projects;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.ProjectSites;
import org.liaisondesk.domain.ProjectStatus;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A cooperation project's fields, its Yunnan sites written one county per line. */
public final class ProjectFormViewModel extends RecordFormViewModel<Project> {
    private final FormField code, title, status, funder, partners, start, end, budget, currency, beneficiaries;
    private final FormField sites, outcomes, reportDue, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public ProjectFormViewModel(Services services, Project original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.main");
        code = text("code", "field.code");
        title = required(text("title", "field.title"));
        status = choice("status", "field.status", ProjectStatus.class);
        group("form.group.people");
        funder = required(record("funder", "field.funder", RecordKind.ORGANISATION));
        partners = records("partners", "field.partners", RecordKind.ORGANISATION);
        group("form.group.dates");
        start = required(date("start", "field.start"));
        end = date("end", "field.end");
        reportDue = text("reportDue", "field.reportDue");
        group("form.group.money");
        budget = number("budget", "field.budget");
        currency = text("currency", "field.currency");
        group("form.group.results");
        sites = area("sites", "field.sites").hint("field.sites.hint");
        beneficiaries = whole("beneficiaries", "field.beneficiariesTotal");
        outcomes = area("outcomes", "field.outcomes");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        currency.set("CNY");
        status.choose(ProjectStatus.ACTIVE.name());
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.PROJECT; }
    @Override protected List<Problem> rules(Project p) { return Validation.project(p); }
    @Override protected RecordService<Project> service() { return services.projects(); }
    @Override protected Long id(Project p) { return p.id(); }
    @Override protected String name(Project p) { return p.title(); }
    @Override protected void forCopy() { code.set((String) null); }

    @Override
    protected Map<String, String> readProblems() {
        try {
            ProjectSites.parse(sites.text.get());
            return Map.of();
        } catch (InvalidInputException e) {
            return Map.of("sites", Messages.format(locale, e));
        }
    }

    @Override
    protected long write(Project p) {
        List<ProjectSite> list = ProjectSites.parse(sites.text.get());
        if (p.id() == null) return services.projects().create(p, list);
        services.projects().update(p, list);
        return p.id();
    }

    @Override
    protected void fill(Project p) {
        code.set(p.code());
        title.set(p.title());
        status.choose(p.status());
        funder.choose(p.funderId());
        partners.chooseAll(p.partnerIds());
        start.set(p.startDate());
        end.set(p.endDate());
        reportDue.set(p.reportDue());
        budget.set(p.budget());
        currency.set(p.currency());
        beneficiaries.set(p.beneficiariesTotal());
        outcomes.set(p.outcomes());
        tags.set(p.tags());
        notes.set(p.notes());
        if (p.id() != null) sites.set(ProjectSites.format(services.projects().sites(p.id())));
    }

    @Override
    protected Project build(Long id) {
        return new Project(id, code.value(), title.value(), funder.id(), partners.ids(), start.date(), end.date(),
                budget.decimal(), currency.value(), status.choice(ProjectStatus.class), beneficiaries.whole(),
                outcomes.value(), reportDue.value(), notes.value(), tags.tags(), null, null);
    }
}
