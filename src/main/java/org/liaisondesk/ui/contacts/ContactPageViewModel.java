package org.liaisondesk.ui.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** A person: how to reach them, what to know when hosting them, their organisation, visits and events. */
public final class ContactPageViewModel extends RecordPageViewModel {
    private final long id;

    public ContactPageViewModel(Services services, long id, Locale locale, TaskRunner tasks, DialogService dialogs,
                                PageActions actions) {
        super(services, RecordKind.CONTACT, id, locale, tasks, dialogs, actions);
        this.id = id;
    }

    @Override
    protected Page read() {
        Contact c = record();
        List<Field> f = new ArrayList<>();
        field(f, "column.otherNames", c.otherNames(locale));
        field(f, "field.gender", label(c.gender()));
        field(f, "column.jobTitle", c.title());
        field(f, "column.organisation", organisation(c.organisationId()));
        field(f, "column.nationality", country(c.nationality()));
        field(f, "column.email", c.email());
        field(f, "detail.phone", c.phone());
        field(f, "field.wechat", c.wechat());
        field(f, "field.messenger", c.messenger());
        field(f, "field.languages", c.languages());
        field(f, "field.dateOfBirth", org.liaisondesk.domain.Sensitive.maskBirth(c.dateOfBirth()));
        field(f, "field.passportNo", mask(c.passportNo()));
        field(f, "field.passportExpiry", date(c.passportExpiry()));
        field(f, "detail.col.needs", join(c.dietary(), c.religion(), c.accessNotes()));
        if (c.overseasChinese()) field(f, "field.overseasChinese", text("dialog.yes"));
        field(f, "column.lastContact", date(services.contacts().lastContact(id).orElse(null)));
        field(f, "detail.tags", tags(c.tags()));
        field(f, "detail.notes", c.notes());
        Map<RecordKind, List<ListRow>> related = new java.util.LinkedHashMap<>();
        if (c.organisationId() != null) related.put(RecordKind.ORGANISATION, rows(RecordKind.ORGANISATION, List.of(c.organisationId())));
        related.putAll(services.lists().relatedToContact(id, locale));
        return new Page(c.displayName(locale), f, related,
                c.nationality() == null ? List.of() : List.of(c.nationality()));
    }
}
