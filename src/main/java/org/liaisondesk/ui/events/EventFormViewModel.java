package org.liaisondesk.ui.events;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A forum, training or exchange: when and where, who organised it and who took part. */
public final class EventFormViewModel extends RecordFormViewModel<Event> {
    private final FormField title, kind, start, end, country, city, venue, organisers, countries, attendees, count;
    private final FormField project, delegation, description, outcome, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public EventFormViewModel(Services services, Event original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.main");
        title = required(text("title", "field.title"));
        kind = required(choice("kind", "field.eventKind", EventKind.class));
        description = area("description", "field.description");
        group("form.group.dates");
        start = required(date("start", "field.start"));
        end = date("end", "field.end");
        group("form.group.place");
        country = required(country("country", "field.country"));
        city = text("city", "field.city");
        venue = text("venue", "field.venue");
        group("form.group.people");
        organisers = records("organisers", "field.organisers", RecordKind.ORGANISATION);
        attendees = records("attendees", "field.attendees", RecordKind.CONTACT);
        countries = countries("participatingCountries", "field.participatingCountries");
        count = whole("participantCount", "field.participantCount");
        project = record("project", "field.project", RecordKind.PROJECT);
        delegation = record("delegation", "field.delegation", RecordKind.DELEGATION);
        group("form.group.results");
        outcome = area("outcome", "field.outcome");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.EVENT; }
    @Override protected List<Problem> rules(Event e) { return Validation.event(e); }
    @Override protected RecordService<Event> service() { return services.events(); }
    @Override protected Long id(Event e) { return e.id(); }
    @Override protected String name(Event e) { return e.title(); }

    @Override
    protected void fill(Event e) {
        title.set(e.title());
        kind.choose(e.kind());
        description.set(e.description());
        start.set(e.startDate());
        end.set(e.endDate());
        country.choose(e.country());
        city.set(e.city());
        venue.set(e.venue());
        organisers.chooseAll(e.organiserIds());
        attendees.chooseAll(e.attendeeIds());
        countries.chooseAll(e.participatingCountries());
        count.set(e.participantCount());
        project.choose(e.projectId());
        delegation.choose(e.delegationId());
        outcome.set(e.outcome());
        tags.set(e.tags());
        notes.set(e.notes());
    }

    @Override
    protected Event build(Long id) {
        return new Event(id, title.value(), kind.choice(EventKind.class), start.date(), end.date(), country.code(),
                city.value(), venue.value(), organisers.ids(), countries.codes(), attendees.ids(), count.whole(),
                project.id(), delegation.id(), description.value(), outcome.value(), notes.value(), tags.tags(), null,
                null);
    }
}
