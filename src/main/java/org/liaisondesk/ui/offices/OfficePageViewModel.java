package org.liaisondesk.ui.offices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** A project office abroad: where, since when, on whose approval, incubated by whom. */
public final class OfficePageViewModel extends RecordPageViewModel {
    private final long id;

    public OfficePageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                               PageActions actions) {
        super(services, RecordKind.OFFICE_ABROAD, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        OfficeAbroad o = record();
        List<Field> f = new ArrayList<>();
        field(f, "column.country", join(country(o.country()), o.city()));
        field(f, "field.establishedOn", date(o.establishedOn()));
        field(f, "field.approvedBy", o.approvedBy());
        field(f, "field.incubatedBy", organisation(o.incubatedBy()));
        field(f, "column.status", label(o.status()));
        field(f, "field.closedOn", date(o.closedOn()));
        field(f, "detail.tags", tags(o.tags()));
        field(f, "detail.notes", o.notes());
        return new Page(o.name(), f, related(Map.entry(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION,
                o.incubatedBy() == null ? List.of() : List.of(o.incubatedBy())))), List.of(o.country()));
    }
}
