package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.OfficeAbroadDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Project offices and sub-centres abroad. */
public final class OfficeAbroadService {
    private final Jdbi jdbi;

    OfficeAbroadService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(OfficeAbroad o) {
        Validation.require(Validation.office(o));
        return jdbi.inTransaction(h -> h.attach(OfficeAbroadDao.class).insert(o));
    }

    public void update(OfficeAbroad o) {
        Validation.require(Validation.office(o));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(OfficeAbroadDao.class).update(o), RecordKind.OFFICE_ABROAD, o.id()));
    }

    public Optional<OfficeAbroad> find(long id) { return jdbi.withExtension(OfficeAbroadDao.class, d -> d.find(id)); }

    public List<OfficeAbroad> list(RecordFilter f) { return jdbi.withExtension(OfficeAbroadDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(OfficeAbroadDao.class, d -> d.count(f)); }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.OFFICE_ABROAD.name(), id))));
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.attach(ReferenceDao.class).removeAttachments(RecordKind.OFFICE_ABROAD.name(), id);
            Records.requireOne(h.attach(OfficeAbroadDao.class).delete(id), RecordKind.OFFICE_ABROAD, id);
        });
    }
}
