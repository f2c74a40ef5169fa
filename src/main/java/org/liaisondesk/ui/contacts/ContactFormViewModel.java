package org.liaisondesk.ui.contacts;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.Gender;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.RecordService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import java.util.function.LongConsumer;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A person's fields; passport and health details sit in their own group, as they are sensitive. */
public final class ContactFormViewModel extends RecordFormViewModel<Contact> {
    private final FormField nameZh, nameEn, nameLocal, gender, title, organisation, nationality, overseasChinese;
    private final FormField email, phone, wechat, messenger, languages;
    private final FormField dateOfBirth, passportNo, passportExpiry, dietary, religion, accessNotes, tags, notes;

    /** @param original the record to edit or copy, or null for a new one; @param saved told the id once written */
    public ContactFormViewModel(Services services, Contact original, boolean copy, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        group("form.group.names");
        nameZh = text("name", "field.personZh");
        nameEn = text("nameEn", "field.personEn");
        nameLocal = text("nameLocal", "field.personLocal");
        group("form.group.main");
        gender = choice("gender", "field.gender", org.liaisondesk.domain.Gender.class);
        title = text("title", "field.jobTitle");
        organisation = record("organisation", "field.organisation", RecordKind.ORGANISATION);
        nationality = country("nationality", "field.nationality");
        overseasChinese = check("overseasChinese", "field.overseasChinese");
        group("form.group.reach");
        email = text("email", "field.email");
        phone = text("phone", "field.phone");
        wechat = text("wechat", "field.wechat");
        messenger = text("messenger", "field.messenger");
        languages = text("languages", "field.languages");
        group("form.group.personal");
        dateOfBirth = date("dateOfBirth", "field.dateOfBirth");
        passportNo = text("passportNo", "field.passportNo");
        passportExpiry = date("passportExpiry", "field.passportExpiry");
        dietary = text("dietary", "field.dietary");
        religion = text("religion", "field.religion");
        accessNotes = area("accessNotes", "field.accessNotes");
        group("form.group.other");
        tags = text("tags", "field.tags");
        notes = area("notes", "field.notes");
        begin(original, copy);
    }

    /** Starts a new contact already in this organisation (from the organisation's page). */
    public ContactFormViewModel inOrganisation(Long organisationId) {
        organisation.choose(organisationId);
        return this;
    }

    @Override public RecordKind kind() { return RecordKind.CONTACT; }
    @Override protected List<Problem> rules(Contact c) { return Validation.contact(c); }
    @Override protected RecordService<Contact> service() { return services.contacts(); }
    @Override protected Long id(Contact c) { return c.id(); }
    @Override protected String name(Contact c) { return c.displayName(locale); }

    @Override
    protected void fill(Contact c) {
        nameZh.set(c.nameZh());
        nameEn.set(c.nameEn());
        nameLocal.set(c.nameLocal());
        gender.choose(c.gender());
        title.set(c.title());
        organisation.choose(c.organisationId());
        nationality.choose(c.nationality());
        overseasChinese.set(c.overseasChinese());
        email.set(c.email());
        phone.set(c.phone());
        wechat.set(c.wechat());
        messenger.set(c.messenger());
        languages.set(c.languages());
        dateOfBirth.set(c.dateOfBirth());
        passportNo.set(c.passportNo());
        passportExpiry.set(c.passportExpiry());
        dietary.set(c.dietary());
        religion.set(c.religion());
        accessNotes.set(c.accessNotes());
        tags.set(c.tags());
        notes.set(c.notes());
    }

    @Override
    protected Contact build(Long id) {
        return new Contact(id, nameZh.value(), nameEn.value(), nameLocal.value(), gender.choice(Gender.class),
                title.value(), organisation.id(), nationality.code(), email.value(), phone.value(), wechat.value(),
                messenger.value(), languages.value(), dateOfBirth.date(), passportNo.value(), passportExpiry.date(),
                dietary.value(), religion.value(), accessNotes.value(), overseasChinese.checked(), notes.value(),
                tags.tags(), null, null);
    }
}
