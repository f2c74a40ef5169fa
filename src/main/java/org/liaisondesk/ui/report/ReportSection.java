package org.liaisondesk.ui.report;

import java.util.List;

/** A section of the report as the view shows it: heading, chart bars (if any) and a table. */
public record ReportSection(String id, String title, List<String> headers, List<Float> weights, List<List<String>> rows,
                            List<Bar> bars) {
    /** A bar pair: this year's figure and last year's (-1 when not compared). */
    public record Bar(String label, long current, long previous) {}

    public boolean hasChart() { return bars.stream().anyMatch(b -> b.current() > 0 || b.previous() > 0); }

    public boolean compared() { return bars.stream().anyMatch(b -> b.previous() >= 0); }
}
