package org.liaisondesk.ui.page;

import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.ui.common.RecordEntry;

/** What a record page asks of the window around it: the shell answers. */
public interface PageActions {
    void open(RecordEntry record);

    void openCountry(String iso2);

    /** Opens the form for the record, or with {@code copy} a new record filled from it. */
    void edit(RecordKind kind, long id, boolean copy);

    /** The record was deleted; {@code name} says what, and {@code gone} lets Ctrl+Z bring it back. */
    void deleted(DeletedRecord<?> gone, String name);

    /**
     * Shows a form for a part of a record (a delegation's member, programme item or gift), built
     * off the UI thread from the callback that saving calls; saving or leaving returns to the record's page.
     */
    void editPart(RecordKind ownerKind, long ownerId,
                  java.util.function.Function<java.util.function.LongConsumer, org.liaisondesk.ui.form.RecordFormViewModel<?>> form);
}
