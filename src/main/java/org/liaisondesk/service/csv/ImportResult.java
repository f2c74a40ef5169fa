package org.liaisondesk.service.csv;

import java.util.List;

/**
 * What an import did (or, for a dry run or a refusal, would have done) and every problem found;
 * for a written import, what undoing it needs.
 */
public record ImportResult(int created, int updated, int skipped, int failed, boolean written, List<CsvProblem> problems,
                           RecordCsv.Undo undo) {
    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** The summary line the command line prints last. */
    public String summary() {
        return "created " + created + ", updated " + updated + ", skipped " + skipped + ", failed " + failed;
    }
}
