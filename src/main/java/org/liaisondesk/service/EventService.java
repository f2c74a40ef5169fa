package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Forums, conferences, trainings, exchanges and community activities. */
public final class EventService {
    private final Jdbi jdbi;

    EventService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(Event e) {
        Validation.require(Validation.event(e));
        return jdbi.inTransaction(h -> h.attach(EventDao.class).insert(e));
    }

    public void update(Event e) {
        Validation.require(Validation.event(e));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(EventDao.class).update(e), RecordKind.EVENT, e.id()));
    }

    public Optional<Event> find(long id) { return jdbi.withExtension(EventDao.class, d -> d.find(id)); }

    public List<Event> list(RecordFilter f) { return jdbi.withExtension(EventDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(EventDao.class, d -> d.count(f)); }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.GIFT, r.giftsOfEvent(id),
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.EVENT.name(), id))));
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.attach(ReferenceDao.class).removeAttachments(RecordKind.EVENT.name(), id);
            Records.requireOne(h.attach(EventDao.class).delete(id), RecordKind.EVENT, id);
        });
    }
}
