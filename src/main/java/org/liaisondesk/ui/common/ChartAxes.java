package org.liaisondesk.ui.common;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Axes of charts that count things. */
public final class ChartAxes {
    private ChartAxes() {}

    /** Counts are whole: ticks between them stay unlabelled. */
    public static void wholeNumbers(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) { return n.doubleValue() % 1 == 0 ? String.valueOf(n.longValue()) : ""; }

            @Override
            public Number fromString(String s) { return Long.valueOf(s); }
        });
    }
}
