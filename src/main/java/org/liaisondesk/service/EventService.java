package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.GiftDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Forums, conferences, trainings, exchanges and community activities; gifts go with their event. */
public final class EventService extends RecordService<Event> {
    EventService(Jdbi jdbi, DataVersion version) { super(jdbi, version, EventDao.class, RecordKind.EVENT, Validation::event, Event::id); }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.GIFT, r.giftsOfEvent(id));
    }

    /** Gifts exchanged at the event go with it. */
    @Override
    protected List<Object> parts(Handle h, long id) { return List.copyOf(h.attach(GiftDao.class).ofEvent(id)); }

    @Override
    protected void restoreParts(Handle h, List<Object> parts) {
        GiftDao gifts = h.attach(GiftDao.class);
        for (Object o : parts) gifts.insert((org.liaisondesk.domain.Gift) o);
    }
}
