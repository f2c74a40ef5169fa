package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.AgreementDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Agreements with their partner organisations. */
public final class AgreementService extends RecordService<Agreement> {
    AgreementService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, AgreementDao.class, RecordKind.AGREEMENT, Validation::agreement, Agreement::id);
    }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.AGREEMENT, r.agreementsRenewedBy(id));
    }

    /** Agreements that named this one as their renewal forget it. */
    @Override
    protected void beforeDelete(ReferenceDao r, long id) { r.detachRenewals(id); }

    @Override
    protected Map<RecordKind, List<Long>> linksTo(Handle h, long id) {
        return Map.of(RecordKind.AGREEMENT, h.attach(ReferenceDao.class).agreementIdsRenewedBy(id));
    }

    @Override
    protected void relink(Handle h, long id, DeletedRecord<Agreement> d) {
        if (!d.linked(RecordKind.AGREEMENT).isEmpty()) h.attach(ReferenceDao.class).relinkRenewals(id, d.linked(RecordKind.AGREEMENT));
    }
}
