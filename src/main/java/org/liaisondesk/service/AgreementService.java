package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.AgreementDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Agreements with their partner organisations. */
public final class AgreementService {
    private final Jdbi jdbi;

    AgreementService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(Agreement a) {
        Validation.require(Validation.agreement(a));
        return jdbi.inTransaction(h -> h.attach(AgreementDao.class).insert(a));
    }

    public void update(Agreement a) {
        Validation.require(Validation.agreement(a));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(AgreementDao.class).update(a), RecordKind.AGREEMENT, a.id()));
    }

    public Optional<Agreement> find(long id) { return jdbi.withExtension(AgreementDao.class, d -> d.find(id)); }

    public List<Agreement> list(RecordFilter f) { return jdbi.withExtension(AgreementDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(AgreementDao.class, d -> d.count(f)); }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.AGREEMENT, r.agreementsRenewedBy(id),
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.AGREEMENT.name(), id))));
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            ReferenceDao r = h.attach(ReferenceDao.class);
            r.detachRenewals(id);
            r.removeAttachments(RecordKind.AGREEMENT.name(), id);
            Records.requireOne(h.attach(AgreementDao.class).delete(id), RecordKind.AGREEMENT, id);
        });
    }
}
