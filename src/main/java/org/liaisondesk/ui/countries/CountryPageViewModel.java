package org.liaisondesk.ui.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;

/** Everything about one country/region: its organisations and people, visits, agreements, projects, events, offices. */
public final class CountryPageViewModel extends RecordPageViewModel {
    private final String iso2;

    public CountryPageViewModel(Services services, String iso2, Locale locale, TaskRunner tasks, DialogService dialogs,
                                PageActions actions) {
        super(services, RecordKind.COUNTRY_REGION, null, locale, tasks, dialogs, actions);
        this.iso2 = iso2;
    }

    @Override
    protected Page read() {
        CountryRegion c = services.countries().find(iso2)
                .orElseThrow(() -> new InvalidInputException("error.country.unknown", iso2));
        List<Field> f = new ArrayList<>();
        field(f, "column.otherNames", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? c.nameZh() : c.nameEn());
        field(f, "country.codes", c.iso2() + (c.iso3() == null ? "" : " / " + c.iso3()));
        field(f, "country.kind", label(c.kind()));
        field(f, "country.worldRegion", label(c.worldRegion()));
        if (c.bordersYunnan()) field(f, "country.bordersYunnan", text("dialog.yes"));
        return new Page(c.name(locale), f, services.lists().relatedToCountry(iso2, locale), List.of());
    }
}
