package org.liaisondesk.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.domain.timeline.TimelineItem.Style;

import static org.liaisondesk.ui.timeline.TimelineCanvas.AXIS;
import static org.liaisondesk.ui.timeline.TimelineCanvas.HEADER;
import static org.liaisondesk.ui.timeline.TimelineCanvas.MIN_WIDTH;

/**
 * Draws a timeline frame: grid and today line, lanes of items (or density where too crowded), lane
 * headers and the time axis. Only what is visible is drawn; rows are searched, not scanned.
 */
final class TimelinePainter {
    private static final double BAR = LaneLayout.ROW_HEIGHT - 6;
    /** A family with Chinese glyphs (the default canvas font draws boxes for them). */
    private static final String FAMILY = org.liaisondesk.ui.common.Fonts.chinese();
    private static final Font TEXT = Font.font(FAMILY, 12);
    private static final Font BOLD = Font.font(FAMILY, javafx.scene.text.FontWeight.BOLD, 12);

    private double width;
    private LaneLayout layout;
    private TimelineItem selected;
    private Locale locale;

    private double plotWidth() { return width - HEADER; }

    /** Draws one frame of the timeline into {@code g}, {@code w} × {@code h} pixels. */
    void paint(GraphicsContext g, double w, double h, TimeScale scale, LaneLayout layout, double scroll,
               TimelineItem selected, Locale locale) {
        this.width = w;
        this.layout = layout;
        this.selected = selected;
        this.locale = locale;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (scale == null || w <= HEADER) return;
        TimeScale s = scale;
        drawGrid(g, s, w, h);
        g.setFont(TEXT);
        g.setTextBaseline(VPos.CENTER);
        double viewFrom = s.day(0), viewTo = s.day(plotWidth());
        List<LaneLayout.Lane> lanes = layout.lanes();
        for (int li = layout.firstLaneFrom(scroll); li < lanes.size(); li++) {
            LaneLayout.Lane lane = lanes.get(li);
            double laneY = AXIS + lane.top() - scroll;
            if (laneY > h) break;
            drawLane(g, s, lane, laneY, viewFrom, viewTo, h);
        }
        drawHeaders(g, lanes, scroll, h);
        drawAxis(g, s, w);
    }

    private void drawGrid(GraphicsContext g, TimeScale s, double w, double h) {
        Ticks.Unit unit = Ticks.unit(s);
        if (unit.ordinal() > 0) {
            Ticks.Unit finer = Ticks.Unit.values()[unit.ordinal() - 1];
            if (finer.days / s.daysPerPixel() >= 8) {
                g.setStroke(Color.rgb(0, 0, 0, 0.04));
                LocalDate from = LocalDate.ofEpochDay((long) s.day(0) - 1), to = LocalDate.ofEpochDay((long) s.day(w) + 1);
                for (LocalDate d = Ticks.first(finer, from); !d.isAfter(to); d = Ticks.next(finer, d)) {
                    double x = HEADER + s.x(d.toEpochDay());
                    g.strokeLine(Math.round(x) + 0.5, AXIS, Math.round(x) + 0.5, h);
                }
            }
        }
        g.setStroke(Color.rgb(0, 0, 0, 0.12));
        for (Ticks.Tick t : Ticks.of(s, plotWidth(), locale)) {
            double x = Math.round(HEADER + t.x()) + 0.5;
            g.strokeLine(x, AXIS, x, h);
        }
        double today = HEADER + s.x(LocalDate.now().toEpochDay());
        if (today > HEADER && today < w) {
            g.setStroke(Color.rgb(220, 38, 38, 0.6));
            g.strokeLine(today, AXIS, today, h);
        }
    }

    private void drawLane(GraphicsContext g, TimeScale s, LaneLayout.Lane lane, double laneY, double viewFrom,
                          double viewTo, double h) {
        g.setStroke(Color.rgb(0, 0, 0, 0.10));
        g.strokeLine(HEADER, laneY + lane.height() - LaneLayout.LANE_GAP / 2, width,
                laneY + lane.height() - LaneLayout.LANE_GAP / 2);
        int visible = 0;
        for (LaneLayout.Row row : lane.rows()) {
            int from = row.firstEndingFrom(viewFrom);
            int to = firstStartingAfter(row, viewTo);
            visible += Math.max(0, to - from);
        }
        if (visible > plotWidth() / 2) {
            drawDensity(g, s, lane.rows().stream().map(LaneLayout.Row::items).toList(), lane.overflow(), laneY,
                    lane.height() - LaneLayout.LANE_GAP - 4, viewFrom, viewTo);
            return;
        }
        if (!lane.overflow().isEmpty()) {
            double y = laneY + lane.rows().size() * LaneLayout.ROW_HEIGHT;
            drawDensity(g, s, List.of(), lane.overflow(), y, LaneLayout.ROW_HEIGHT - 4, viewFrom, viewTo);
        }
        for (int r = 0; r < lane.rows().size(); r++) {
            double y = laneY + r * LaneLayout.ROW_HEIGHT;
            if (y > h) break;
            if (y + LaneLayout.ROW_HEIGHT < AXIS) continue;
            LaneLayout.Row row = lane.rows().get(r);
            for (int i = row.firstEndingFrom(viewFrom); i < row.items().size(); i++) {
                TimelineItem it = row.items().get(i);
                if (it.start() > viewTo) break;
                drawItem(g, s, it, y + 3);
            }
        }
    }

    private static int firstStartingAfter(LaneLayout.Row row, double day) {
        int lo = 0, hi = row.items().size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (row.items().get(mid).start() <= day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Too many items to tell apart: how many fall in each few pixels, as shade. {@code rows} are
     * sorted without overlap (binary search finds the view); {@code loose} items only by start.
     */
    private void drawDensity(GraphicsContext g, TimeScale s, List<List<TimelineItem>> rows, List<TimelineItem> loose,
                             double laneY, double height, double viewFrom, double viewTo) {
        int bucket = 3;
        int n = (int) Math.ceil(plotWidth() / bucket) + 2;
        int[] delta = new int[n + 1];
        RecordKind kind = null;
        for (List<TimelineItem> row : rows) {
            for (int i = new LaneLayout.Row(row).firstEndingFrom(viewFrom); i < row.size(); i++) {
                TimelineItem it = row.get(i);
                if (it.start() > viewTo) break;
                kind = it.kind();
                count(delta, s, it, bucket, n);
            }
        }
        for (TimelineItem it : loose) {
            if (it.start() > viewTo) break;
            if (it.end() + 1 < viewFrom) continue;
            kind = it.kind();
            count(delta, s, it, bucket, n);
        }
        int max = 1, run = 0;
        int[] count = new int[n];
        for (int b = 0; b < n; b++) {
            run += delta[b];
            count[b] = run;
            max = Math.max(max, run);
        }
        Color c = colour(kind, Style.PLAIN);
        double top = Math.max(AXIS, laneY + 2);
        for (int b = 0; b < n; b++) {
            if (count[b] == 0) continue;
            double share = Math.sqrt((double) count[b] / max);
            g.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.15 + 0.85 * share));
            double barH = Math.max(2, height * share);
            g.fillRect(HEADER + b * bucket, top + height - barH, bucket, barH);
        }
    }

    private static void count(int[] delta, TimeScale s, TimelineItem it, int bucket, int n) {
        int b0 = clamp((int) (s.x(it.start()) / bucket), n), b1 = clamp((int) (s.x(it.end() + 1) / bucket), n);
        delta[b0]++;
        delta[b1 + 1]--;
    }

    private static int clamp(int b, int n) { return Math.max(0, Math.min(n - 1, b)); }

    private void drawItem(GraphicsContext g, TimeScale s, TimelineItem it, double y) {
        double x0 = HEADER + s.x(it.start());
        double x1 = Math.max(HEADER + s.x(it.end() + 1), x0 + MIN_WIDTH);
        double left = Math.max(x0, HEADER - 2), right = Math.min(x1, width + 2);
        Color c = colour(it.kind(), it.style());
        double fuzz = Math.min(12, (x1 - x0) * 0.2);
        double solidFrom = it.fuzzyStart() ? x0 + fuzz : x0;
        double solidTo = it.fuzzyEnd() || it.style() == Style.ONGOING ? x1 - fuzz : x1;
        boolean hollow = it.style() == Style.OUTGOING || it.style() == Style.EVERGREEN;
        g.setFill(hollow ? c.deriveColor(0, 1, 1, 0.25) : c);
        g.fillRect(Math.max(solidFrom, left), y, Math.max(0, Math.min(solidTo, right) - Math.max(solidFrom, left)), BAR);
        // A fact known to the month or year covers all of it, but softly: its edges fade out.
        if (solidFrom > x0) fade(g, c, x0, solidFrom, y, true, hollow);
        if (solidTo < x1) fade(g, c, solidTo, x1, y, false, hollow);
        if (hollow) {
            g.setStroke(c);
            g.setLineWidth(1.2);
            if (it.style() == Style.EVERGREEN) g.setLineDashes(5, 3);
            g.strokeRect(left + 0.5, y + 0.5, Math.max(0, right - left - 1), BAR - 1);
            g.setLineDashes();
        }
        if (it.kind() == RecordKind.AGREEMENT) {
            g.setFill(c.darker());
            double cx = x0, cy = y + BAR / 2;
            g.fillPolygon(new double[]{cx - 5, cx, cx + 5, cx}, new double[]{cy, cy - 6, cy, cy + 6}, 4);
        }
        if (it.equals(selected)) {
            g.setStroke(Color.rgb(17, 24, 39));
            g.setLineWidth(2);
            g.strokeRect(left - 1, y - 1, right - left + 2, BAR + 2);
        }
        g.setLineWidth(1);
        double room = right - Math.max(left, HEADER) - 8;
        if (room > 30) {
            String label = fit(it.title(), room);
            if (!label.isEmpty()) {
                g.setFill(hollow ? c.darker().darker() : Color.WHITE);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(label, Math.max(left, HEADER) + 5, y + BAR / 2);
            }
        }
    }

    private static void fade(GraphicsContext g, Color c, double from, double to, double y, boolean rising, boolean hollow) {
        int steps = 4;
        double step = (to - from) / steps;
        for (int i = 0; i < steps; i++) {
            double share = rising ? (i + 1.0) / (steps + 1) : (steps - i) / (steps + 1.0);
            g.setFill(c.deriveColor(0, 1, 1, (hollow ? 0.25 : 1) * share));
            g.fillRect(from + i * step, y, step, BAR);
        }
    }

    /** The label cut to the room it has: CJK characters are about twice as wide as Latin ones. */
    static String fit(String text, double room) {
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            used += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || ch > 0x2E80 ? 12.5 : 6.8;
            if (used > room) return i <= 1 ? "" : text.substring(0, i - 1) + "…";
        }
        return text;
    }

    private void drawHeaders(GraphicsContext g, List<LaneLayout.Lane> lanes, double scroll, double h) {
        g.setFill(Color.rgb(246, 247, 249));
        g.fillRect(0, AXIS, HEADER, h - AXIS);
        g.setStroke(Color.rgb(0, 0, 0, 0.15));
        g.strokeLine(HEADER - 0.5, AXIS, HEADER - 0.5, h);
        g.setFont(BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        for (int li = layout.firstLaneFrom(scroll); li < lanes.size(); li++) {
            LaneLayout.Lane lane = lanes.get(li);
            double top = AXIS + lane.top() - scroll;
            if (top > h) break;
            // The header stays in sight while its lane is, even when the lane's top has scrolled away.
            double y = Math.max(AXIS + 11, Math.min(top + 11, AXIS + lane.bottom() - scroll - 14));
            g.setFill(Color.rgb(31, 41, 55));
            g.fillText(fit(lane.label(), HEADER - 44), 8, y);
            g.setFill(Color.rgb(107, 114, 128));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(lane.itemCount()), HEADER - 8, y);
            g.setTextAlign(TextAlignment.LEFT);
            g.setStroke(Color.rgb(0, 0, 0, 0.08));
            g.strokeLine(0, top + lane.height() - LaneLayout.LANE_GAP / 2, HEADER, top + lane.height() - LaneLayout.LANE_GAP / 2);
        }
        g.setFont(TEXT);
    }

    private void drawAxis(GraphicsContext g, TimeScale s, double w) {
        g.setFill(Color.rgb(246, 247, 249));
        g.fillRect(0, 0, w, AXIS);
        g.setStroke(Color.rgb(0, 0, 0, 0.15));
        g.strokeLine(0, AXIS - 0.5, w, AXIS - 0.5);
        g.setFill(Color.rgb(55, 65, 81));
        g.setTextAlign(TextAlignment.LEFT);
        for (Ticks.Tick t : Ticks.of(s, plotWidth(), locale)) {
            double x = HEADER + t.x();
            if (x < HEADER || x > w) continue;
            g.strokeLine(x, AXIS - 8, x, AXIS);
            g.fillText(t.label(), x + 4, AXIS / 2);
        }
        g.setFill(Color.rgb(246, 247, 249));
        g.fillRect(0, 0, HEADER, AXIS);
    }

    static Color colour(RecordKind kind, Style style) {
        if (kind == null) return Color.GRAY;
        return switch (kind) {
            case DELEGATION -> style == Style.OUTGOING ? Color.rgb(124, 58, 237) : Color.rgb(37, 99, 235);
            case EVENT -> Color.rgb(217, 119, 6);
            case AGREEMENT -> Color.rgb(5, 150, 105);
            case PROJECT -> Color.rgb(219, 39, 119);
            case OFFICE_ABROAD -> Color.rgb(71, 85, 105);
            default -> Color.GRAY;
        };
    }

}
