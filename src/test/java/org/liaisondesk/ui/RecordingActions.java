package org.liaisondesk.ui;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.page.PageActions;

/** {@link PageActions} that notes what a page asked for. */
public final class RecordingActions implements PageActions {
    public final List<RecordEntry> opened = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public final List<DeletedRecord<?>> deleted = new ArrayList<>();

    @Override
    public void open(RecordEntry record) { opened.add(record); }

    @Override
    public void openCountry(String iso2) { asked.add("country " + iso2); }

    @Override
    public void edit(RecordKind kind, long id, boolean copy) { asked.add((copy ? "copy " : "edit ") + kind + " " + id); }

    @Override
    public void deleted(DeletedRecord<?> gone, String name) { deleted.add(gone); }

    /** Part forms asked for, built at once; {@link #partsSaved} counts their saves. */
    public final List<org.liaisondesk.ui.form.RecordFormViewModel<?>> parts = new ArrayList<>();
    public int partsSaved;

    @Override
    public void editPart(RecordKind ownerKind, long ownerId,
                         java.util.function.Function<java.util.function.LongConsumer, org.liaisondesk.ui.form.RecordFormViewModel<?>> form) {
        parts.add(form.apply(id -> partsSaved++));
    }
}
