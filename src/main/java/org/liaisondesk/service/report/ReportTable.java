package org.liaisondesk.service.report;

import java.util.List;

/**
 * One section of the annual report as text: title, column headers with their share of the width,
 * rows, and the bars of its chart (empty when it has none). PDF, CSV and the screen all show these.
 */
public record ReportTable(String id, String title, List<String> headers, List<Float> weights, List<List<String>> rows,
                          List<Bar> bars) {
    /** A bar of a section's chart: this year's figure and, where compared, last year's (-1 when not). */
    public record Bar(String label, long current, long previous) {}
}
