package org.liaisondesk.service.sheet;

import java.time.LocalDate;

/** How a sheet is printed: language, full passport numbers or masked, and the date printed on it. */
public record SheetOptions(SheetLanguage language, boolean showPassports, LocalDate printed) {
    public static SheetOptions defaults(LocalDate today) { return new SheetOptions(SheetLanguage.ZH, false, today); }
}
