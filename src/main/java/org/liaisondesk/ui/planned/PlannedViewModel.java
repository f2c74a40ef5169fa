package org.liaisondesk.ui.planned;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Messages;

/** A section that a later issue builds: it says plainly what will be there. */
public final class PlannedViewModel {
    private final String descriptionKey;
    private final Locale locale;

    public PlannedViewModel(String descriptionKey, Locale locale) {
        this.descriptionKey = descriptionKey;
        this.locale = locale;
    }

    public String description() { return Messages.format(locale, descriptionKey, List.of()); }
}
