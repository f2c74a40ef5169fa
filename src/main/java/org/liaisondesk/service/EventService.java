package org.liaisondesk.service;

import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Forums, conferences, trainings, exchanges and community activities; gifts go with their event. */
public final class EventService extends RecordService<Event> {
    EventService(Jdbi jdbi, DataVersion version) { super(jdbi, version, EventDao.class, RecordKind.EVENT, Validation::event, Event::id); }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.GIFT, r.giftsOfEvent(id));
    }
}
