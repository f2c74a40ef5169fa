package org.liaisondesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.ui.timeline.LaneLayout;
import org.liaisondesk.ui.timeline.TimeScale;
import org.liaisondesk.ui.timeline.TimelineCanvas;
import org.testfx.api.FxRobot;

/**
 * How long one timeline frame takes to draw while zooming from thirty years to a week and back and
 * panning across the whole range, with {@code n} items in the five kind lanes (as on the real data:
 * mostly short events and visits, some multi-year projects and agreements, a few month- or year-precise).
 */
final class TimelineFrames {
    private TimelineFrames() {}

    /**
     * @param readback also rasterise each frame and copy it back (a snapshot): the canvas only records
     *                 drawing commands, and rendering them happens later on the render thread, which
     *                 cannot be timed from here. The copy-back costs about as much as the drawing, so
     *                 this errs on the slow side; without it, the figure is the FX thread's work per frame.
     */
    static List<Double> measure(FxRobot robot, TimelineCanvas canvas, int n, boolean readback) {
        List<TimelineItem> items = items(n);
        LaneLayout layout = LaneLayout.build(items, i -> List.of(i.kind().name()), k -> k, String::compareTo);
        robot.interact(() -> {
            canvas.setLayout(layout, true);
            IMAGE[0] = new javafx.scene.image.WritableImage((int) canvas.getWidth(), (int) canvas.getHeight());
        });
        List<Double> samples = new ArrayList<>();
        robot.interact(() -> {
            TimeScale fit = canvas.scale();
            double width = canvas.getWidth() - TimelineCanvas.HEADER;
            for (int round = 0; round < 3; round++) {
                TimeScale s = fit;
                // In to about a week, then out again, the anchor moving across the range.
                for (int step = 0; step < 120; step++) {
                    double anchor = width * ((step * 37) % 100) / 100.0;
                    s = step < 60 ? s.zoom(0.88, anchor) : s.zoom(1 / 0.88, anchor);
                    samples.add(frame(canvas, s, readback));
                }
                for (int step = 0; step < 120; step++) {
                    s = fit.zoom(0.25, width / 2).pan((step - 60) * width / 40);
                    samples.add(frame(canvas, s, readback));
                }
            }
        });
        return samples.subList(samples.size() / 3, samples.size()); // the first round warms up
    }

    private static double frame(TimelineCanvas canvas, TimeScale s, boolean readback) {
        canvas.setScale(s);
        long t0 = System.nanoTime();
        canvas.drawNow();
        if (readback) canvas.snapshot(null, IMAGE[0]);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static final javafx.scene.image.WritableImage[] IMAGE = new javafx.scene.image.WritableImage[1];

    static List<TimelineItem> items(int n) {
        Random r = new Random(20261127);
        long first = LocalDate.of(1995, 1, 1).toEpochDay(), span = LocalDate.of(2025, 12, 31).toEpochDay() - first;
        RecordKind[] kinds = {RecordKind.DELEGATION, RecordKind.EVENT, RecordKind.EVENT, RecordKind.EVENT,
                RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.OFFICE_ABROAD};
        List<TimelineItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RecordKind k = kinds[r.nextInt(kinds.length)];
            long start = first + r.nextInt((int) span);
            long days = switch (k) {
                case PROJECT, AGREEMENT -> 365 + r.nextInt(365 * 4);
                case OFFICE_ABROAD -> 365 * (2 + r.nextInt(10));
                default -> 1 + r.nextInt(8);
            };
            boolean fuzzy = r.nextInt(10) == 0;
            out.add(new TimelineItem(k, i, k.name().toLowerCase() + " " + i + " 中老边境妇女交流", start, start + days - 1,
                    fuzzy, fuzzy, TimelineItem.Style.PLAIN, List.of("LA"), List.of(), ""));
        }
        return out;
    }
}
