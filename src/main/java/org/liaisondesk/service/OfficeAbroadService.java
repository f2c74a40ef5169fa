package org.liaisondesk.service;

import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.OfficeAbroadDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Project offices and sub-centres abroad. */
public final class OfficeAbroadService extends RecordService<OfficeAbroad> {
    OfficeAbroadService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, OfficeAbroadDao.class, RecordKind.OFFICE_ABROAD, Validation::office, OfficeAbroad::id);
    }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) { return Map.of(); }
}
