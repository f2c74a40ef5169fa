package org.liaisondesk.ui.offices;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.OfficeStatus;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A project office abroad: where, since when, on whose approval, and whether it still runs. */
public final class OfficeFormViewModel extends RecordFormViewModel<OfficeAbroad> {
    private final FormField name, country, city, established, approvedBy, incubatedBy, status, closed, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public OfficeFormViewModel(Services services, OfficeAbroad original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.main");
        name = required(text("name", "field.officeName"));
        status = choice("status", "field.status", OfficeStatus.class);
        approvedBy = text("approvedBy", "field.approvedBy");
        incubatedBy = record("incubatedBy", "field.incubatedBy", RecordKind.ORGANISATION);
        group("form.group.place");
        country = required(country("country", "field.country"));
        city = text("city", "field.city");
        group("form.group.dates");
        established = required(date("established_on", "field.establishedOn"));
        closed = date("closed_on", "field.closedOn");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        status.choose(OfficeStatus.ACTIVE.name());
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.OFFICE_ABROAD; }
    @Override protected List<Problem> rules(OfficeAbroad o) { return Validation.office(o); }
    @Override protected RecordService<OfficeAbroad> service() { return services.offices(); }
    @Override protected Long id(OfficeAbroad o) { return o.id(); }
    @Override protected String name(OfficeAbroad o) { return o.name(); }

    @Override
    protected void fill(OfficeAbroad o) {
        name.set(o.name());
        status.choose(o.status());
        approvedBy.set(o.approvedBy());
        incubatedBy.choose(o.incubatedBy());
        country.choose(o.country());
        city.set(o.city());
        established.set(o.establishedOn());
        closed.set(o.closedOn());
        tags.set(o.tags());
        notes.set(o.notes());
    }

    @Override
    protected OfficeAbroad build(Long id) {
        return new OfficeAbroad(id, name.value(), country.code(), city.value(), established.date(), approvedBy.value(),
                incubatedBy.id(), status.choice(OfficeStatus.class), closed.date(), notes.value(), tags.tags(), null,
                null);
    }
}
