package org.liaisondesk.service.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.AgreementStatus;
import org.liaisondesk.domain.AgreementType;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.Gender;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.GiftDirection;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.ItineraryKind;
import org.liaisondesk.domain.MemberRole;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.OfficeStatus;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationStatus;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.ProjectStatus;
import org.liaisondesk.domain.RenewalMode;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.AgreementDao;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.DelegationMemberDao;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.GiftDao;
import org.liaisondesk.persistence.ItineraryDao;
import org.liaisondesk.persistence.OfficeAbroadDao;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.persistence.ProjectDao;

/**
 * Short-hand for writing the sample records inside one transaction, each checked by the same
 * validation rules as a user's record. Arguments not needed by the sample stay null.
 */
final class SampleWriter {
    private final Handle h;

    SampleWriter(Handle h) { this.h = h; }

    static PartialDate d(String iso) { return PartialDate.parse(iso); }

    long org(String zh, String en, String local, String abbr, OrganisationType type, String country, String city,
             String since, OrganisationStatus status, Tags tags, String notes) {
        Organisation o = new Organisation(null, zh, en, local, abbr, type, country, null, city, null, null, null, null,
                d(since), status, notes, tags, null, null);
        Validation.require(Validation.organisation(o));
        return h.attach(OrganisationDao.class).insert(o);
    }

    long contact(String zh, String en, String local, Gender g, String title, Long org, String nationality,
                 String languages, String dietary, boolean overseasChinese, Tags tags) {
        Contact c = new Contact(null, zh, en, local, g, title, org, nationality, null, null, null, null, languages,
                null, null, null, dietary, null, null, overseasChinese, null, tags, null, null);
        Validation.require(Validation.contact(c));
        return h.attach(ContactDao.class).insert(c);
    }

    long agreement(String code, String title, AgreementType type, List<Long> partners, String signedOn, String place,
                   String expires, RenewalMode renewal, AgreementStatus status, Tags tags, String notes) {
        Agreement a = new Agreement(null, code, title, type, partners, d(signedOn), place, null, null, d(signedOn),
                d(expires), renewal, null, status, null, notes, tags, null, null);
        Validation.require(Validation.agreement(a));
        return h.attach(AgreementDao.class).insert(a);
    }

    long delegation(String code, Direction dir, String title, List<String> countries, List<Long> orgs, String head,
                    String purpose, String start, String end, DelegationStatus status, String hostLeader,
                    String hotel, Tags tags, String notes) {
        Delegation x = new Delegation(null, code, dir, title, countries, orgs, head, purpose, d(start), d(end), status,
                null, null, null, hostLeader, null, null, null, null, hotel, null, null, null, null, notes, tags,
                null, null);
        Validation.require(Validation.delegation(x));
        return h.attach(DelegationDao.class).insert(x);
    }

    void approvalAndLogistics(long id, String approvalRef, String level, String liaison, String phone,
                              String arrival, String departure, BigDecimal budget) {
        DelegationDao dao = h.attach(DelegationDao.class);
        Delegation x = dao.find(id).orElseThrow();
        dao.update(new Delegation(x.id(), x.code(), x.direction(), x.title(), x.countries(), x.organisationIds(),
                x.headName(), x.purpose(), x.startDate(), x.endDate(), x.status(), approvalRef, x.invitationRef(),
                level, x.hostLeader(), liaison, phone, arrival, departure, x.hotel(), budget, x.actualCny(),
                x.summary(), x.followUps(), x.notes(), x.tags(), null, null));
    }

    void member(long delegation, int precedence, MemberRole role, String zh, String en, String local, Gender g,
                String title, String orgName, String nationality, String passport, String dietary, String room) {
        DelegationMember m = new DelegationMember(null, delegation, null, zh, en, local, g, title, orgName, nationality,
                passport, null, null, role, precedence, dietary, null, null, room, null);
        Validation.require(Validation.member(m));
        h.attach(DelegationMemberDao.class).insert(m);
    }

    void item(long delegation, String day, String start, String end, ItineraryKind kind, String title, String venue,
              String ours, String attire, String interpreter, String vehicle) {
        ItineraryItem i = new ItineraryItem(null, delegation, LocalDate.parse(day), time(start), time(end), kind, title,
                venue, ours, attire, interpreter, vehicle, null);
        Validation.require(Validation.itinerary(i, h.attach(DelegationDao.class).find(delegation).orElseThrow()));
        h.attach(ItineraryDao.class).insert(i);
    }

    void plan(long delegation, String vehicles, String staff, String interpreters, String safety, boolean invitation,
              String summaryDue) {
        h.attach(org.liaisondesk.persistence.VisitPlanDao.class).save(new org.liaisondesk.domain.VisitPlan(delegation,
                vehicles, staff, interpreters, safety, invitation, false, false,
                summaryDue == null ? null : LocalDate.parse(summaryDue)));
    }

    void budgetLine(long delegation, int lineNo, String item, int budgetCny) {
        h.attach(org.liaisondesk.persistence.VisitPlanDao.class).insert(new org.liaisondesk.domain.BudgetLine(null,
                delegation, lineNo, item, BigDecimal.valueOf(budgetCny), null));
    }

    void gift(Long delegation, GiftDirection dir, String item, String counterpart, int valueCny, String on,
              String declaredOn) {
        Gift g = new Gift(null, delegation, null, dir, item, counterpart, BigDecimal.valueOf(valueCny),
                LocalDate.parse(on), declaredOn == null ? null : LocalDate.parse(declaredOn), null);
        Validation.require(Validation.gift(g));
        h.attach(GiftDao.class).insert(g);
    }

    long project(String code, String title, long funder, List<Long> partners, String start, String end,
                 ProjectStatus status, Integer beneficiaries, String outcomes, Tags tags, String notes,
                 List<ProjectSite> sites) {
        Project p = new Project(null, code, title, funder, partners, d(start), d(end), null, null, status,
                beneficiaries, outcomes, null, notes, tags, null, null);
        Validation.require(Validation.project(p));
        ProjectDao dao = h.attach(ProjectDao.class);
        long id = dao.insert(p);
        for (ProjectSite s : sites) dao.insertSite(new ProjectSite(null, id, s.county(), s.beneficiaries()));
        return id;
    }

    long event(String title, EventKind kind, String start, String end, String country, String city, String venue,
               List<Long> organisers, List<String> countries, Integer participants, Long project, Long delegation,
               String description, Tags tags) {
        Event e = new Event(null, title, kind, d(start), d(end), country, city, venue, organisers, countries, List.of(),
                participants, project, delegation, description, null, null, tags, null, null);
        Validation.require(Validation.event(e));
        return h.attach(EventDao.class).insert(e);
    }

    long office(String name, String country, String city, String established, String approvedBy, Long incubatedBy,
                String notes, Tags tags) {
        OfficeAbroad o = new OfficeAbroad(null, name, country, city, d(established), approvedBy, incubatedBy,
                OfficeStatus.ACTIVE, null, notes, tags, null, null);
        Validation.require(Validation.office(o));
        return h.attach(OfficeAbroadDao.class).insert(o);
    }

    private static LocalTime time(String t) { return t == null ? null : LocalTime.parse(t); }
}
