package org.liaisondesk.ui.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** An event: when and where, its organisers and the people who took part, its project or delegation. */
public final class EventPageViewModel extends RecordPageViewModel {
    private final long id;

    public EventPageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                              PageActions actions) {
        super(services, RecordKind.EVENT, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        Event e = record();
        List<Field> f = new ArrayList<>();
        field(f, "column.kind", label(e.kind()));
        field(f, "detail.dates", span(e.startDate(), e.endDate()));
        field(f, "column.country", country(e.country()));
        field(f, "detail.col.venue", join(e.city(), e.venue()));
        field(f, "field.organisers", organisations(e.organiserIds()));
        field(f, "field.participatingCountries", countryList(e.participatingCountries()));
        field(f, "field.participantCount", number(e.participantCount()));
        field(f, "field.description", e.description());
        field(f, "field.outcome", e.outcome());
        field(f, "detail.tags", tags(e.tags()));
        field(f, "detail.notes", e.notes());
        List<String> countries = new ArrayList<>(List.of(e.country()));
        countries.addAll(e.participatingCountries());
        return new Page(e.title(), f, related(
                Map.entry(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION, e.organiserIds())),
                Map.entry(RecordKind.CONTACT, rows(RecordKind.CONTACT, e.attendeeIds())),
                Map.entry(RecordKind.PROJECT, rows(RecordKind.PROJECT, e.projectId() == null ? List.of() : List.of(e.projectId()))),
                Map.entry(RecordKind.DELEGATION, rows(RecordKind.DELEGATION,
                        e.delegationId() == null ? List.of() : List.of(e.delegationId())))), countries);
    }
}
