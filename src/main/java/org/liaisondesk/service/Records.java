package org.liaisondesk.service;

import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordKind;

/** Small checks shared by the record services. */
final class Records {
    private Records() {}

    /** An update or delete that touched no row means the record was deleted meanwhile. */
    static void requireOne(int rows, RecordKind kind, Long id) {
        if (rows != 1) throw new InvalidInputException("error.record.missing", kind, id);
    }
}
