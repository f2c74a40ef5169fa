package org.liaisondesk.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The annual report as one CSV file, one table per section: the section's title on a line of its
 * own, its header, its rows, then a blank line. UTF-8 with a BOM, so Excel reads the Chinese.
 */
final class ReportCsv {
    private ReportCsv() {}

    static void write(String title, List<ReportTable> tables, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        csv.printRecord(title);
        csv.println();
        for (ReportTable t : tables) {
            csv.printRecord(t.title());
            csv.printRecord(flat(t.headers()));
            for (List<String> row : t.rows()) csv.printRecord(flat(row));
            csv.println();
        }
        csv.flush();
    }

    /** Cells that wrap on paper (both languages) stay on one line in a spreadsheet. */
    private static List<String> flat(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) out.add(c == null ? "" : c.replace('\n', ' '));
        return out;
    }
}
