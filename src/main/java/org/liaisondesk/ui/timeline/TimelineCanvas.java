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
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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

    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
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
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), scale, layout, vbar.getValue(),
                selected.get(), locale);
    }

    static Color colour(RecordKind kind, Style style) { return TimelinePainter.colour(kind, style); }

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
