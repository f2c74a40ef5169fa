package org.liaisondesk.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.report.AnnualReport;
import org.liaisondesk.persistence.AnnualReportDao;
import org.liaisondesk.service.CountryRegionService;
import org.liaisondesk.service.SafeFile;
import org.liaisondesk.service.sheet.SheetFonts;
import org.liaisondesk.service.sheet.SheetLanguage;
import org.liaisondesk.service.sheet.SheetLayout;
import org.liaisondesk.service.sheet.SheetPage;
import org.liaisondesk.service.sheet.SheetPdf;
import org.liaisondesk.service.sheet.SheetText;

/** The annual report: its figures for a year and the year before, as text tables, PDF pages and CSV. */
public final class AnnualReportService {
    public static final int FIRST_YEAR = 1949;
    private final Jdbi jdbi;
    private final CountryRegionService countries;
    private final Supplier<SheetFonts> fonts;

    public AnnualReportService(Jdbi jdbi, CountryRegionService countries) {
        this.jdbi = jdbi;
        this.countries = countries;
        this.fonts = SheetFonts::system;
    }

    /**
     * @throws InvalidInputException {@code report.error.year} for a year outside 1949–9998
     */
    public AnnualReport report(int year) {
        if (year < FIRST_YEAR || year > 9998) throw new InvalidInputException("report.error.year", String.valueOf(year));
        String y = String.valueOf(year), next = String.valueOf(year + 1), prev = String.valueOf(year - 1);
        return jdbi.inTransaction(h -> {
            AnnualReportDao d = h.attach(AnnualReportDao.class);
            return new AnnualReport(year,
                    d.figures(y, next, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)),
                    d.figures(prev, y, LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 1, 1)),
                    d.months(y, next), d.delegationCountries(prev, y, next), d.eventKinds(prev, y, next),
                    d.eventCountries(prev, y, next), d.delegations(y, next), d.events(y, next), d.agreements(y, next),
                    d.projects(y, next), d.partners(y, next), d.offices(y, next));
        });
    }

    public AnnualReportText text(AnnualReport report, SheetLanguage language) {
        Map<String, CountryRegion> byCode = countries.all().stream().collect(Collectors.toMap(CountryRegion::iso2, c -> c));
        return new AnnualReportText(report, language, byCode);
    }

    /** The report laid out on A4 pages, with the text machinery that measured them (for the PDF and the screen). */
    public record Laid(String title, List<SheetPage> pages, SheetText text) {}

    public Laid layout(AnnualReport report, SheetLanguage language, LocalDate printed) {
        AnnualReportText words = text(report, language);
        ReportSheet sheet = new ReportSheet(words, language, report.year(), printed);
        SheetText measure = new SheetText(fonts.get());
        return new Laid(words.title(), new SheetLayout(measure).layout(sheet.blocks(), sheet.footer()), measure);
    }

    /**
     * Writes the report as PDF or CSV, by the file's extension.
     *
     * @throws InvalidInputException {@code report.error.format} for another extension, {@code report.error.write}
     *         when the file cannot be written
     */
    public void write(AnnualReport report, SheetLanguage language, Path out, LocalDate printed) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".csv")) throw new InvalidInputException("report.error.format", out);
        try {
            if (pdf) {
                Laid laid = layout(report, language, printed);
                SafeFile.write(out, os -> new SheetPdf(laid.text()).write(laid.pages(), laid.title(), os));
            } else {
                AnnualReportText words = text(report, language);
                SafeFile.write(out, os -> ReportCsv.write(words.title(), words.tables(), os));
            }
        } catch (IOException e) {
            throw new InvalidInputException("report.error.write", out, e.getMessage());
        }
    }
}
