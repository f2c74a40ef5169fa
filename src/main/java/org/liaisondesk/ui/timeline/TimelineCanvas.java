package org.liaisondesk.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.domain.timeline.TimelineItem.Style;

/**
 * The timeline as one canvas the size of the viewport: lanes down, time across. Draws only what is
 * visible (binary search in each row), at most once per frame; zoomed out, a crowded lane becomes
 * a density bar. Wheel or pinch zooms round the pointer, dragging pans, arrows and +/− work too.
 */
public final class TimelineCanvas extends Region {
    public static final double HEADER = 190;
    public static final double AXIS = 30;
    static final double MIN_WIDTH = 4;
    private static final double BAR = LaneLayout.ROW_HEIGHT - 6;
    /** A family with Chinese glyphs (the default canvas font draws boxes for them). */
    private static final String FAMILY = org.liaisondesk.ui.common.Fonts.chinese();
    private static final Font TEXT = Font.font(FAMILY, 12);
    private static final Font BOLD = Font.font(FAMILY, javafx.scene.text.FontWeight.BOLD, 12);

    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private final ObjectProperty<TimelineItem> selected = new SimpleObjectProperty<>();
    private LaneLayout layout = LaneLayout.build(List.of(), i -> List.of(), k -> k, String::compareTo);
    private TimeScale scale;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private Function<TimelineItem, String> describe = TimelineItem::title;
    private Consumer<TimelineItem> onOpen = i -> { };
    private TimelineItem hovered;
    private double dragX, dragY, dragScroll;
    private TimeScale dragScale;
    private boolean dirty;
    private final AnimationTimer frame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) drawNow();
        }
    };

    public TimelineCanvas() {
        getStyleClass().add("timeline-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, vbar);
        setFocusTraversable(true);
        vbar.valueProperty().addListener((o, a, b) -> requestDraw());
        selected.addListener((o, a, b) -> requestDraw());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        wireInput();
    }

    public ObjectProperty<TimelineItem> selectedProperty() { return selected; }
    public void setLocale(Locale l) { locale = l; requestDraw(); }
    /** The tooltip's text for an item. */
    public void setDescribe(Function<TimelineItem, String> d) { describe = d; }
    public void setOnOpen(Consumer<TimelineItem> open) { onOpen = open; }
    public TimeScale scale() { return scale; }
    public LaneLayout layoutModel() { return layout; }

    /** New lanes; the view keeps its place unless asked to fit everything in. */
    public void setLayout(LaneLayout next, boolean fit) {
        layout = next;
        if (fit || scale == null) fitAll();
        updateScrollBar();
        requestDraw();
    }

    public void fitAll() {
        if (plotWidth() <= 0) return;
        scale = layout.isEmpty() ? TimeScale.fit(LocalDate.now().minusYears(30).toEpochDay(), LocalDate.now().toEpochDay(),
                plotWidth()) : TimeScale.fit(layout.first(), layout.last(), plotWidth());
        requestDraw();
    }

    public void today() { centreOn(LocalDate.now()); }

    public void centreOn(LocalDate day) {
        if (scale == null) return;
        scale = scale.centreOn(day.toEpochDay(), plotWidth());
        requestDraw();
    }

    /** Shows the whole of one year. */
    public void showYear(int year) {
        scale = TimeScale.fit(LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay(), plotWidth());
        requestDraw();
    }

    public void zoom(double factor) { zoomAt(factor, plotWidth() / 2); }

    void zoomAt(double factor, double plotX) {
        if (scale == null) return;
        scale = scale.zoom(factor, plotX);
        requestDraw();
    }

    public void pan(double dx) {
        if (scale == null) return;
        scale = scale.pan(dx);
        requestDraw();
    }

    public void setScale(TimeScale s) {
        scale = s;
        requestDraw();
    }

    /** Asks for a redraw on the next frame; many requests in one frame draw once. */
    public void requestDraw() {
        dirty = true;
        frame.start();
    }

    private double plotWidth() { return canvas.getWidth() - HEADER; }

    private double plotHeight() { return canvas.getHeight() - AXIS; }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double bar = vbar.prefWidth(-1);
        vbar.resizeRelocate(w - bar, AXIS, bar, Math.max(0, h - AXIS));
        boolean grow = canvas.getWidth() == 0;
        canvas.setWidth(Math.max(0, w - bar));
        canvas.setHeight(h);
        if (grow || scale == null) fitAll();
        updateScrollBar();
        requestDraw();
    }

    private void updateScrollBar() {
        double max = Math.max(0, layout.height() - plotHeight());
        vbar.setMax(max);
        vbar.setVisibleAmount(max <= 0 ? 1 : Math.max(1, plotHeight() * max / layout.height()));
        vbar.setUnitIncrement(LaneLayout.ROW_HEIGHT);
        vbar.setBlockIncrement(plotHeight() * 0.9);
        if (vbar.getValue() > max) vbar.setValue(max);
        vbar.setDisable(max <= 0);
    }

    /** Draws the frame now (the benchmark times this). */
    public void drawNow() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (scale == null || w <= HEADER) return;
        TimeScale s = scale;
        double scroll = vbar.getValue();
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
        g.strokeLine(HEADER, laneY + lane.height() - LaneLayout.LANE_GAP / 2, canvas.getWidth(),
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
        double left = Math.max(x0, HEADER - 2), right = Math.min(x1, canvas.getWidth() + 2);
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
        if (it.equals(selected.get())) {
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

    private void wireInput() {
        setOnScroll(e -> {
            if (scale == null) return;
            if (e.isShiftDown() && e.getDeltaX() == 0) {
                vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue() - e.getDeltaY())));
            } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                pan(-e.getDeltaX());
            } else {
                zoomAt(Math.pow(1.0025, -e.getDeltaY()), Math.max(0, e.getX() - HEADER));
            }
            e.consume();
        });
        setOnZoom(e -> {
            zoomAt(1 / e.getZoomFactor(), Math.max(0, e.getX() - HEADER));
            e.consume();
        });
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragScale = scale;
            dragScroll = vbar.getValue();
        });
        setOnMouseDragged(e -> {
            if (dragScale == null || e.getButton() != MouseButton.PRIMARY) return;
            tip.hide();
            scale = dragScale.pan(dragX - e.getX());
            vbar.setValue(Math.max(0, Math.min(vbar.getMax(), dragScroll + dragY - e.getY())));
            requestDraw();
        });
        setOnMouseMoved(e -> hover(itemAt(e.getX(), e.getY()), e.getScreenX(), e.getScreenY()));
        setOnMouseExited(e -> hover(null, 0, 0));
        setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return;
            TimelineItem it = itemAt(e.getX(), e.getY());
            if (e.getClickCount() == 2 && it != null) onOpen.accept(it);
            else if (e.getClickCount() == 1) selected.set(it);
        });
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            switch (k) {
                case PLUS, EQUALS, ADD -> zoom(0.7);
                case MINUS, SUBTRACT -> zoom(1 / 0.7);
                case LEFT -> pan(-plotWidth() / 8);
                case RIGHT -> pan(plotWidth() / 8);
                case UP -> vbar.decrement();
                case DOWN -> vbar.increment();
                case PAGE_UP -> vbar.setValue(Math.max(0, vbar.getValue() - vbar.getBlockIncrement()));
                case PAGE_DOWN -> vbar.setValue(Math.min(vbar.getMax(), vbar.getValue() + vbar.getBlockIncrement()));
                case HOME -> fitAll();
                case T -> today();
                case ENTER -> { if (selected.get() != null) onOpen.accept(selected.get()); }
                default -> { return; }
            }
            e.consume();
        });
    }

    /** The item drawn at a point of this control, or null. */
    public TimelineItem itemAt(double x, double y) {
        if (scale == null || x < HEADER || y < AXIS) return null;
        return layout.itemAt(x - HEADER, y - AXIS + vbar.getValue(), scale, MIN_WIDTH);
    }

    private void hover(TimelineItem it, double screenX, double screenY) {
        if (it == hovered) {
            if (it != null && tip.isShowing()) tip.show(this, screenX + 14, screenY + 18);
            return;
        }
        hovered = it;
        if (it == null) {
            tip.hide();
            return;
        }
        tip.setText(describe.apply(it));
        if (getScene() != null && getScene().getWindow() != null) tip.show(this, screenX + 14, screenY + 18);
    }
}
