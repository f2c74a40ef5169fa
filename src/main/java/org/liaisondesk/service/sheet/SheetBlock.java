package org.liaisondesk.service.sheet;

import java.util.List;

/** The content of a sheet before it is laid out on pages. */
public sealed interface SheetBlock {
    record Header(String kicker, String title, List<String> lines) implements SheetBlock {}

    record Heading(String text) implements SheetBlock {}

    /** Label–value pairs, one per line; a blank value is left out. */
    record Facts(List<Fact> facts) implements SheetBlock {}

    record Fact(String label, String value) {}

    record Paragraph(String text) implements SheetBlock {}

    /**
     * A table whose header repeats on every page it continues on. Rows are cells or a band across
     * the table (a programme's day), which is also repeated, marked as continued, after a page break.
     */
    record Table(List<Column> columns, List<Row> rows, String continued) implements SheetBlock {}

    /** A column's header and its share of the table width. */
    record Column(String header, float weight) {}

    /**
     * A horizontal bar chart: a bar per label for this year and, where {@code previous} is not
     * negative, a thinner one for the year before, with a legend naming both.
     */
    record Bars(List<Bar> bars, String currentLegend, String previousLegend) implements SheetBlock {}

    record Bar(String label, long current, long previous) {}

    sealed interface Row permits Cells, Band {}

    record Cells(List<String> cells) implements Row {}

    record Band(String text) implements Row {}
}
