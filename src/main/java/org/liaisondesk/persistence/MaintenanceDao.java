package org.liaisondesk.persistence;

import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Whole-database operations, such as clearing every office record before the sample replaces it. */
public interface MaintenanceDao {
    @SqlUpdate("DELETE FROM attachment") void clearAttachments();
    @SqlUpdate("DELETE FROM gift") void clearGifts();
    @SqlUpdate("DELETE FROM event") void clearEvents();
    @SqlUpdate("DELETE FROM delegation") void clearDelegations();
    @SqlUpdate("DELETE FROM project") void clearProjects();
    @SqlUpdate("DELETE FROM office_abroad") void clearOffices();
    @SqlUpdate("UPDATE agreement SET renewed_by = NULL") void unlinkRenewals();
    @SqlUpdate("DELETE FROM agreement") void clearAgreements();
    @SqlUpdate("DELETE FROM contact") void clearContacts();
    @SqlUpdate("DELETE FROM organisation") void clearOrganisations();

    /** Removes every record but the countries/regions table; children go by cascade. */
    @Transaction
    default void clearAllRecords() {
        clearAttachments();
        clearGifts();
        clearEvents();
        clearDelegations();
        clearProjects();
        clearOffices();
        unlinkRenewals();
        clearAgreements();
        clearContacts();
        clearOrganisations();
    }
}
