package org.liaisondesk.service.report;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.service.sheet.SheetBlock;
import org.liaisondesk.service.sheet.SheetLanguage;
import org.liaisondesk.service.sheet.SheetLayout;

/** The annual report as sheet blocks: the same pages, fonts and PDF writer as the reception sheet. */
final class ReportSheet {
    private final AnnualReportText text;
    private final SheetLanguage lang;
    private final int year;
    private final String printed;

    ReportSheet(AnnualReportText text, SheetLanguage lang, int year, java.time.LocalDate printed) {
        this.text = text;
        this.lang = lang;
        this.year = year;
        this.printed = lang.text("sheet.printed") + " " + printed;
    }

    List<SheetBlock> blocks() {
        List<SheetBlock> out = new ArrayList<>();
        out.add(new SheetBlock.Header(lang.text("report.kicker"), text.title(), List.of(text.subtitle(), printed)));
        int n = 0;
        for (ReportTable t : text.tables()) {
            out.add(new SheetBlock.Heading(lang.number(++n) + t.title()));
            if (t.bars().stream().anyMatch(b -> b.current() > 0 || b.previous() > 0)) {
                out.add(new SheetBlock.Bars(t.bars().stream().map(b -> new SheetBlock.Bar(b.label(), b.current(),
                        b.previous())).toList(), String.valueOf(year), String.valueOf(year - 1)));
            }
            if (t.rows().isEmpty()) {
                out.add(new SheetBlock.Paragraph(lang.text("report.none")));
                continue;
            }
            List<SheetBlock.Column> columns = new ArrayList<>();
            for (int i = 0; i < t.headers().size(); i++) {
                columns.add(new SheetBlock.Column(t.headers().get(i), t.weights().get(i)));
            }
            out.add(new SheetBlock.Table(columns, t.rows().stream().map(r -> (SheetBlock.Row) new SheetBlock.Cells(r))
                    .toList(), ""));
        }
        return out;
    }

    SheetLayout.Footer footer() {
        return new SheetLayout.Footer(lang.text("report.footer") + " · " + year,
                lang.text("sheet.footer.pageOf", "{0}", "{1}").replace("'", "''"), printed);
    }
}
