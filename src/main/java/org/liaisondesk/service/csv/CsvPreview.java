package org.liaisondesk.service.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.liaisondesk.domain.InvalidInputException;

/** The first rows of a file as the import will read them, and the problems of an import written back out. */
public final class CsvPreview {
    /** The encoding and delimiter found, and the first rows (the header first). */
    public record Preview(Charset encoding, char delimiter, List<List<String>> rows) {}

    private CsvPreview() {}

    public static Preview of(Path file, Charset encoding, char delimiter, int rows) {
        CsvInput in = CsvInput.open(file, encoding, delimiter);
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = in.parser()) {
            for (CSVRecord r : p) {
                if (out.size() >= rows) break;
                out.add(r.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            if (out.isEmpty()) throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
        return new Preview(in.encoding(), in.delimiter(), out);
    }

    /** The problems as a CSV file (UTF-8 with BOM): line, column, value, reason in the user's language. */
    public static void writeProblems(Path file, List<CsvProblem> problems, Locale locale) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                p.printRecord("line", "column", "value", "reason");
                for (CsvProblem x : problems) {
                    p.printRecord(x.line(), x.column(), CsvColumns.safe(x.value()), x.reason(locale));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", file, e.getMessage());
        }
    }
}
