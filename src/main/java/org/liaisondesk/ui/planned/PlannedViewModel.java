package org.liaisondesk.ui.planned;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;

/**
 * A section that a later issue builds: it says what will be there and, where the section lists
 * records, how many the database already holds, so the user sees their data is safe.
 */
public final class PlannedViewModel {
    private final String descriptionKey;
    private final RecordKind records;
    private final ReadOnlyObjectProperty<Map<RecordKind, Long>> counts;
    private final Locale locale;

    public PlannedViewModel(String descriptionKey, RecordKind records,
                            ReadOnlyObjectProperty<Map<RecordKind, Long>> counts, Locale locale) {
        this.descriptionKey = descriptionKey;
        this.records = records;
        this.counts = counts;
        this.locale = locale;
    }

    public String description() { return Messages.format(locale, descriptionKey, List.of()); }

    /** "The database holds n such records", or empty text for sections that list none. */
    public StringBinding recordsText() {
        return Bindings.createStringBinding(() -> {
            Long n = records == null ? null : counts.get().get(records);
            return n == null ? "" : Messages.format(locale, "planned.recordsHere", List.of(n));
        }, counts);
    }
}
