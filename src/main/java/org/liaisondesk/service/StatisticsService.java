package org.liaisondesk.service;

import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Tags;
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
import org.liaisondesk.persistence.StatisticsDao;
import org.liaisondesk.service.generate.DataGenerator;

/** How many records of each kind the database holds: for the status bar, the dashboard and `demo`. */
public final class StatisticsService {
    private final Jdbi jdbi;

    StatisticsService(Jdbi jdbi) { this.jdbi = jdbi; }

    public Map<RecordKind, Long> counts() {
        RecordFilter all = RecordFilter.ALL;
        return jdbi.withHandle(h -> {
            Map<RecordKind, Long> m = new EnumMap<>(RecordKind.class);
            m.put(RecordKind.ORGANISATION, h.attach(OrganisationDao.class).count(all));
            m.put(RecordKind.CONTACT, h.attach(ContactDao.class).count(all));
            m.put(RecordKind.DELEGATION, h.attach(DelegationDao.class).count(all));
            m.put(RecordKind.DELEGATION_MEMBER, h.attach(DelegationMemberDao.class).count());
            m.put(RecordKind.ITINERARY_ITEM, h.attach(ItineraryDao.class).count());
            m.put(RecordKind.AGREEMENT, h.attach(AgreementDao.class).count(all));
            m.put(RecordKind.PROJECT, h.attach(ProjectDao.class).count(all));
            m.put(RecordKind.EVENT, h.attach(EventDao.class).count(all));
            m.put(RecordKind.OFFICE_ABROAD, h.attach(OfficeAbroadDao.class).count(all));
            m.put(RecordKind.GIFT, h.attach(GiftDao.class).count());
            return m;
        });
    }

    /**
     * How many records are invented: tagged {@value Tags#SAMPLE} (the demo) or generated for
     * measuring. They must never pass for history, so the dashboard says how many there are.
     */
    public long inventedRecords() {
        return jdbi.withExtension(StatisticsDao.class, d -> d.countTagged("%;" + Tags.SAMPLE + ";%")
                + d.countTagged("%;" + DataGenerator.TAG + ";%"));
    }

    /** True when the office has entered nothing yet (countries/regions do not count). */
    public boolean isEmpty() {
        return counts().values().stream().allMatch(n -> n == 0);
    }
}
