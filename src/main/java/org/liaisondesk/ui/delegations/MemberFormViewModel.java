package org.liaisondesk.ui.delegations;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.Gender;
import org.liaisondesk.domain.MemberRole;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/**
 * One member of a delegation: picked from the contacts (their details fill in) or typed as a new
 * person, optionally kept as a new contact. Precedence places them; the others move to make room.
 */
public final class MemberFormViewModel extends RecordFormViewModel<DelegationMember> {
    private final Delegation delegation;
    private final FormField contact, nameZh, nameEn, nameLocal, gender, role, precedence, title, organisation, nationality;
    private final FormField passportNo, passportExpiry, dateOfBirth, dietary, religion, access, room, notes, saveAsContact;

    /** @param original the member to edit, or null for a new one (placed last) */
    public MemberFormViewModel(Services services, Delegation delegation, DelegationMember original, int nextPrecedence,
                               Locale locale, org.liaisondesk.ui.common.TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        this.delegation = delegation;
        group("form.group.main");
        contact = record("contact", "field.memberContact", RecordKind.CONTACT).hint("field.memberContact.hint");
        nameZh = text("name", "field.personZh");
        nameEn = text("nameEn", "field.personEn");
        nameLocal = text("nameLocal", "field.personLocal");
        gender = choice("gender", "field.gender", Gender.class);
        role = choice("role", "detail.col.role", MemberRole.class);
        precedence = required(whole("precedence", "detail.col.precedence"));
        title = text("title", "field.jobTitle");
        organisation = text("organisation", "field.memberOrganisation");
        nationality = country("nationality", "field.nationality");
        saveAsContact = check("saveAsContact", "field.saveAsContact");
        group("form.group.personal");
        passportNo = text("passportNo", "field.passportNo");
        passportExpiry = date("passportExpiry", "field.passportExpiry");
        dateOfBirth = date("dateOfBirth", "field.dateOfBirth");
        dietary = text("dietary", "field.dietary");
        religion = text("religion", "field.religion");
        access = text("accessNeeds", "field.accessNotes");
        room = text("room", "detail.col.room");
        notes = area("notes", "field.notes");
        role.choose(MemberRole.MEMBER.name());
        precedence.set(nextPrecedence);
        contact.choice.addListener((o, a, b) -> { if (b != null) fillFromContact(Long.valueOf(b.code())); });
        begin(original, false);
    }

    @Override public RecordKind kind() { return RecordKind.DELEGATION_MEMBER; }
    @Override protected List<Problem> rules(DelegationMember m) { return Validation.member(m); }
    @Override protected Long id(DelegationMember m) { return m.id(); }
    @Override protected String name(DelegationMember m) { return m.displayName(locale); }

    @Override
    public String title() {
        return delegation.code() + " · " + super.title();
    }

    /** A chosen contact's details, where the form has none yet. */
    private void fillFromContact(long id) {
        Contact c = services.contacts().find(id).orElse(null);
        if (c == null) return;
        if (nameZh.value() == null) nameZh.set(c.nameZh());
        if (nameEn.value() == null) nameEn.set(c.nameEn());
        if (nameLocal.value() == null) nameLocal.set(c.nameLocal());
        if (gender.code() == null && c.gender() != null) gender.choose(c.gender().name());
        if (title.value() == null) title.set(c.title());
        if (nationality.code() == null && c.nationality() != null) nationality.choose(c.nationality());
        if (passportNo.value() == null) passportNo.set(c.passportNo());
        if (passportExpiry.date() == null) passportExpiry.set(c.passportExpiry());
        if (dateOfBirth.date() == null) dateOfBirth.set(c.dateOfBirth());
        if (dietary.value() == null) dietary.set(c.dietary());
        if (religion.value() == null) religion.set(c.religion());
        if (access.value() == null) access.set(c.accessNotes());
        if (organisation.value() == null && c.organisationId() != null) {
            services.organisations().find(c.organisationId()).ifPresent(o -> organisation.set(o.displayName(locale)));
        }
    }

    @Override
    protected void fill(DelegationMember m) {
        if (m.contactId() != null) contact.choose(String.valueOf(m.contactId()));
        nameZh.set(m.nameZh());
        nameEn.set(m.nameEn());
        nameLocal.set(m.nameLocal());
        if (m.gender() != null) gender.choose(m.gender().name());
        if (m.role() != null) role.choose(m.role().name());
        precedence.set(m.precedence());
        title.set(m.title());
        organisation.set(m.organisationName());
        if (m.nationality() != null) nationality.choose(m.nationality());
        passportNo.set(m.passportNo());
        passportExpiry.set(m.passportExpiry());
        dateOfBirth.set(m.dateOfBirth());
        dietary.set(m.dietary());
        religion.set(m.religion());
        access.set(m.accessNeeds());
        room.set(m.room());
        notes.set(m.notes());
    }

    @Override
    protected DelegationMember build(Long id) {
        Integer p = precedence.whole();
        return new DelegationMember(id, delegation.id(), contact.id(), nameZh.value(), nameEn.value(), nameLocal.value(),
                gender.choice(Gender.class), title.value(), organisation.value(), nationality.code(), passportNo.value(),
                passportExpiry.date(), dateOfBirth.date(), role.choice(MemberRole.class), p == null ? 0 : p,
                dietary.value(), religion.value(), access.value(), room.value(), notes.value());
    }

    /** Saves the member; a new person asked to be kept as a contact becomes one first, and is linked. */
    @Override
    protected long write(DelegationMember m) {
        DelegationMember toSave = m;
        if (m.contactId() == null && saveAsContact.checked()) {
            long c = services.contacts().create(new Contact(null, m.nameZh(), m.nameEn(), m.nameLocal(), m.gender(),
                    m.title(), null, m.nationality(), null, null, null, null, null, m.dateOfBirth(), m.passportNo(),
                    m.passportExpiry(), m.dietary(), m.religion(), m.accessNeeds(), false,
                    m.organisationName(), Tags.of(), null, null));
            toSave = new DelegationMember(m.id(), m.delegationId(), c, m.nameZh(), m.nameEn(), m.nameLocal(), m.gender(),
                    m.title(), m.organisationName(), m.nationality(), m.passportNo(), m.passportExpiry(),
                    m.dateOfBirth(), m.role(), m.precedence(), m.dietary(), m.religion(), m.accessNeeds(), m.room(),
                    m.notes());
        }
        return services.delegations().saveMember(toSave);
    }
}
