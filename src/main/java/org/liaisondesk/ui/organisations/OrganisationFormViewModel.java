package org.liaisondesk.ui.organisations;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationStatus;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A partner organisation's fields. The name problem ("one of the three names") shows under the Chinese name. */
public final class OrganisationFormViewModel extends RecordFormViewModel<Organisation> {
    private final FormField nameZh, nameEn, nameLocal, abbreviation, type, status, partnerSince;
    private final FormField country, province, city, address, website, email, phone, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public OrganisationFormViewModel(Services services, Organisation original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.names");
        nameZh = text("name", "field.nameZh");
        nameEn = text("nameEn", "field.nameEn");
        nameLocal = text("nameLocal", "field.nameLocal");
        abbreviation = text("abbreviation", "field.abbreviation");
        group("form.group.main");
        type = required(choice("type", "field.orgType", OrganisationType.class));
        status = choice("status", "field.status", OrganisationStatus.class);
        partnerSince = date("partnerSince", "field.partnerSince");
        group("form.group.place");
        country = required(country("country", "field.country"));
        province = text("province", "field.province");
        city = text("city", "field.city");
        address = text("address", "field.address");
        group("form.group.reach");
        website = text("website", "field.website");
        email = text("email", "field.email");
        phone = text("phone", "field.phone");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        status.choose(OrganisationStatus.ACTIVE.name());
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.ORGANISATION; }
    @Override protected List<Problem> rules(Organisation o) { return Validation.organisation(o); }
    @Override protected RecordService<Organisation> service() { return services.organisations(); }
    @Override protected Long id(Organisation o) { return o.id(); }
    @Override protected String name(Organisation o) { return o.displayName(locale); }

    @Override
    protected void fill(Organisation o) {
        nameZh.set(o.nameZh());
        nameEn.set(o.nameEn());
        nameLocal.set(o.nameLocal());
        abbreviation.set(o.abbreviation());
        type.choose(o.type());
        status.choose(o.status());
        partnerSince.set(o.partnerSince());
        country.choose(o.country());
        province.set(o.province());
        city.set(o.city());
        address.set(o.address());
        website.set(o.website());
        email.set(o.email());
        phone.set(o.phone());
        tags.set(o.tags());
        notes.set(o.notes());
    }

    @Override
    protected Organisation build(Long id) {
        return new Organisation(id, nameZh.value(), nameEn.value(), nameLocal.value(), abbreviation.value(),
                type.choice(OrganisationType.class), country.code(), province.value(), city.value(), address.value(),
                website.value(), email.value(), phone.value(), partnerSince.date(), status.choice(OrganisationStatus.class),
                notes.value(), tags.tags(), null, null);
    }
}
