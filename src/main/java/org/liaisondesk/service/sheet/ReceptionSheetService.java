package org.liaisondesk.service.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;

/** Lays out a delegation's reception sheet and writes it as PDF; printing draws the same pages. */
public final class ReceptionSheetService {
    private final Services services;
    private final Supplier<SheetFonts> fonts;

    public ReceptionSheetService(Services services) {
        this(services, SheetFonts::system);
    }

    ReceptionSheetService(Services services, Supplier<SheetFonts> fonts) {
        this.services = services;
        this.fonts = fonts;
    }

    /** A laid-out sheet: its pages and the text machinery that measured them. */
    public record Laid(Delegation delegation, List<SheetPage> pages, SheetText text) {
        public String title() { return delegation.code() + " " + delegation.title(); }
    }

    /**
     * @throws InvalidInputException {@code sheet.error.unknownCode} for an unknown code
     */
    public Laid layout(String code, SheetOptions options) {
        Delegation d = services.delegations().findByCode(code.strip())
                .orElseThrow(() -> new InvalidInputException("sheet.error.unknownCode", code));
        return layout(d.id(), options);
    }

    public Laid layout(long delegationId, SheetOptions options) {
        SheetData data = read(delegationId);
        SheetText text = new SheetText(fonts.get());
        ReceptionSheet sheet = new ReceptionSheet(data, options);
        List<SheetPage> pages = new SheetLayout(text).layout(sheet.blocks(), sheet.footer());
        return new Laid(data.delegation(), pages, text);
    }

    public SheetData read(long id) {
        Delegation d = services.delegations().find(id)
                .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.DELEGATION, id));
        List<Organisation> orgs = d.organisationIds().stream().map(services.organisations()::find)
                .flatMap(Optional::stream).toList();
        Map<String, CountryRegion> countries = services.countries().all().stream()
                .collect(Collectors.toMap(CountryRegion::iso2, c -> c));
        return new SheetData(d, services.delegations().members(id), services.delegations().itinerary(id),
                services.delegations().gifts(id), orgs, countries, services.delegations().plan(id),
                services.delegations().budget(id));
    }

    /** Writes the PDF through a temporary file, so a failed write never leaves half a file under the name. */
    public void writePdf(Laid sheet, Path out) {
        try {
            org.liaisondesk.service.SafeFile.write(out, os -> new SheetPdf(sheet.text()).write(sheet.pages(), sheet.title(), os));
        } catch (IOException e) {
            throw new InvalidInputException("sheet.error.write", out, e.getMessage());
        }
    }

}
