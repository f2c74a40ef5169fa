package org.liaisondesk.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.liaisondesk.domain.map.MapShape;
import org.liaisondesk.domain.map.Marker;
import org.liaisondesk.domain.map.Mercator;
import org.liaisondesk.domain.map.WorldMap;

/**
 * The partner map on one canvas the size of the viewport: countries/regions filled by class,
 * markers sized by count with labels that do not overlap, a legend. Geometry is projected once (in
 * the data); a frame only scales and shifts it, skipping shapes outside the view. Wheel or pinch
 * zooms round the pointer, dragging pans, a click selects, Esc clears.
 */
public final class MapCanvas extends Region {
    /** Sequential blues-greens (ColorBrewer YlGnBu): tell apart for colour-blind readers and in grey print. */
    static final Color[] CLASSES = {Color.web("#ffffcc"), Color.web("#a1dab4"), Color.web("#41b6c4"),
            Color.web("#2c7fb8"), Color.web("#253494")};
    static final Color NONE = Color.web("#eef0f2");
    private static final Color SEA = Color.web("#dbe9f6");
    private static final String FAMILY = org.liaisondesk.ui.common.Fonts.chinese();

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private WorldMap map;
    private Map<String, Integer> values = Map.of();
    private int[] breaks = new int[0];
    private List<Marker> markers = List.of();
    private String selected;
    private Function<String, String> names = k -> k;
    private Function<Object, String> describe = String::valueOf;
    private String legendTitle = "";
    private String caption = "";
    private Consumer<String> onSelect = k -> { };
    private double centreX = 105, centreY = Mercator.y(20), pixelsPerUnit = 8;
    private double dragX, dragY, dragCentreX, dragCentreY;
    private Object hovered;
    private boolean dirty;
    private final AnimationTimer frame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) drawNow();
        }
    };

    public MapCanvas() {
        getChildren().add(canvas);
        setFocusTraversable(true);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        wireInput();
    }

    public void setMap(WorldMap m) { map = m; requestDraw(); }

    /** Values per country/region and the upper bounds of the first four classes. */
    public void setValues(Map<String, Integer> v, int[] classBreaks, String title) {
        values = v;
        breaks = classBreaks;
        legendTitle = title;
        requestDraw();
    }

    public void setMarkers(List<Marker> m) { markers = m; requestDraw(); }
    /** The data source line, written into saved and printed pictures (on screen a label shows it). */
    public void setCaption(String text) { caption = text == null ? "" : text; }
    public void setSelected(String iso2) { selected = iso2; requestDraw(); }
    /** Names of countries/regions by ISO code, and of cities as "city:zh:en". */
    public void setNames(Function<String, String> n) { names = n; }
    /** The tooltip's text for a country/region (its ISO code) or a marker. */
    public void setDescribe(Function<Object, String> d) { describe = d; }
    public void setOnSelect(Consumer<String> select) { onSelect = select; }
    public double pixelsPerUnit() { return pixelsPerUnit; }

    /** Yunnan in the middle, Southeast and South Asia in frame. */
    public void regionView() { fit(62, -12, 142, 46); }

    public void worldView() { fit(-170, -58, 190, 80); }

    private void fit(double lon0, double lat0, double lon1, double lat1) {
        double w = Math.max(1, canvas.getWidth()), h = Math.max(1, canvas.getHeight());
        double x0 = Mercator.x(lon0), x1 = Mercator.x(lon1), y0 = Mercator.y(lat0), y1 = Mercator.y(lat1);
        centreX = (x0 + x1) / 2;
        centreY = (y0 + y1) / 2;
        pixelsPerUnit = Math.min(w / (x1 - x0), h / (y1 - y0));
        requestDraw();
    }

    public void zoomAt(double factor, double px, double py) {
        double ux = unitX(px), uy = unitY(py);
        pixelsPerUnit = Math.max(0.8, Math.min(400, pixelsPerUnit * factor));
        centreX = ux - (px - canvas.getWidth() / 2) / pixelsPerUnit;
        centreY = uy + (py - canvas.getHeight() / 2) / pixelsPerUnit;
        requestDraw();
    }

    public void zoom(double factor) { zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2); }

    public void pan(double dx, double dy) {
        centreX += dx / pixelsPerUnit;
        centreY -= dy / pixelsPerUnit;
        requestDraw();
    }

    private double px(double x) { return (x - centreX) * pixelsPerUnit + canvas.getWidth() / 2; }
    private double py(double y) { return canvas.getHeight() / 2 - (y - centreY) * pixelsPerUnit; }
    private double unitX(double px) { return centreX + (px - canvas.getWidth() / 2) / pixelsPerUnit; }
    private double unitY(double py) { return centreY - (py - canvas.getHeight() / 2) / pixelsPerUnit; }

    /** The country/region under a point of this control, or null at sea. */
    public String countryAt(double x, double y) { return map == null ? null : map.at(unitX(x), unitY(y)); }

    public void requestDraw() {
        dirty = true;
        frame.start();
    }

    @Override
    protected void layoutChildren() {
        boolean first = canvas.getWidth() == 0;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (first && getWidth() > 0) regionView();
        requestDraw();
    }

    public void drawNow() {
        dirty = false;
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), 1);
    }

    /**
     * Draws the current view into {@code g}, {@code w} × {@code h} pixels of this control, magnified
     * by {@code scale} (2 or more for print resolution).
     */
    public void draw(GraphicsContext g, double w, double h, double scale) {
        g.save();
        g.scale(scale, scale);
        g.setFill(SEA);
        g.fillRect(0, 0, w, h);
        if (map != null) {
            double vx0 = unitX(0), vx1 = unitX(w), vy0 = unitY(h), vy1 = unitY(0);
            g.setFillRule(FillRule.EVEN_ODD);
            g.setLineWidth(0.6);
            MapShape chosen = null;
            for (MapShape s : map.shapes()) {
                if (s.maxX() < vx0 || s.minX() > vx1 || s.maxY() < vy0 || s.minY() > vy1) continue;
                path(g, s);
                g.setFill(colour(values.getOrDefault(s.iso2(), 0)));
                g.fill();
                g.setStroke(Color.rgb(120, 130, 140, 0.9));
                g.stroke();
                if (s.iso2().equals(selected)) chosen = s;
            }
            if (chosen != null) {
                path(g, chosen);
                g.setStroke(Color.rgb(17, 24, 39));
                g.setLineWidth(2.2);
                g.stroke();
            }
            drawMarkers(g, w, h);
        }
        drawLegend(g, h);
        if (scale != 1 && !caption.isEmpty()) {
            g.setFont(Font.font(FAMILY, 10));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFill(Color.rgb(255, 255, 255, 0.8));
            g.fillRect(w - 8 - caption.length() * 7, h - 18, caption.length() * 7 + 8, 18);
            g.setFill(Color.rgb(55, 65, 81));
            g.fillText(caption, w - 6, h - 4);
        }
        g.restore();
    }

    private void path(GraphicsContext g, MapShape s) {
        g.beginPath();
        for (MapShape.Polygon p : s.polygons()) {
            for (MapShape.Ring r : p.rings()) {
                double[] xs = r.xs(), ys = r.ys();
                g.moveTo(px(xs[0]), py(ys[0]));
                for (int i = 1; i < xs.length; i++) g.lineTo(px(xs[i]), py(ys[i]));
                g.closePath();
            }
        }
    }

    Color colour(int value) {
        if (value <= 0) return NONE;
        for (int i = 0; i < breaks.length; i++) if (value <= breaks[i]) return CLASSES[i];
        return CLASSES[Math.min(CLASSES.length - 1, breaks.length)];
    }

    static double radius(Marker m) { return m.office() ? 6 : 3 + Math.sqrt(m.count()) * 2; }

    /** Markers biggest first; a label is drawn only where it overlaps no other label or marker. */
    private void drawMarkers(GraphicsContext g, double w, double h) {
        List<double[]> taken = new ArrayList<>();
        List<Marker> order = new ArrayList<>(markers);
        order.sort((a, b) -> Integer.compare(b.count(), a.count()));
        g.setFont(Font.font(FAMILY, 12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Marker m : order) {
            double x = px(Mercator.x(m.city().lon())), y = py(Mercator.y(m.city().lat())), r = radius(m);
            if (x < -20 || x > w + 20 || y < -20 || y > h + 20) continue;
            taken.add(new double[]{x - r, y - r, x + r, y + r});
            if (m.office()) {
                g.setFill(Color.rgb(217, 119, 6));
                g.fillPolygon(new double[]{x, x + r, x, x - r}, new double[]{y - r, y, y + r, y}, 4);
                g.setStroke(Color.WHITE);
                g.strokePolygon(new double[]{x, x + r, x, x - r}, new double[]{y - r, y, y + r, y}, 4);
            } else {
                g.setFill(Color.rgb(220, 38, 38, 0.75));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        for (Marker m : order) {
            double x = px(Mercator.x(m.city().lon())), y = py(Mercator.y(m.city().lat())), r = radius(m);
            String text = labelOf(m);
            double tw = text.length() * (text.chars().anyMatch(c -> c > 0x2E80) ? 12.5 : 7), th = 15;
            double[] box = {x + r + 3, y - th / 2, x + r + 3 + tw, y + th / 2};
            boolean free = box[2] < w && box[0] > 0 && box[1] > 0 && box[3] < h;
            for (double[] t : taken) {
                if (!free) break;
                boolean own = t[0] == x - r && t[1] == y - r;
                if (!own && box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) free = false;
            }
            if (!free) continue;
            taken.add(box);
            g.setFill(Color.rgb(255, 255, 255, 0.75));
            g.fillRoundRect(box[0] - 2, box[1], tw + 4, th, 6, 6);
            g.setFill(Color.rgb(31, 41, 55));
            g.fillText(text, box[0], y);
        }
    }

    private String labelOf(Marker m) {
        return names.apply("city:" + m.city().nameZh() + ":" + m.city().nameEn());
    }

    private void drawLegend(GraphicsContext g, double h) {
        if (legendTitle.isEmpty()) return;
        int rows = breaks.length + 2;
        double x = 12, top = h - 16 - rows * 18 - 20, width = 190;
        g.setFill(Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x - 6, top - 6, width, rows * 18 + 28, 8, 8);
        g.setFill(Color.rgb(31, 41, 55));
        g.setFont(Font.font(FAMILY, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(legendTitle, x, top);
        g.setFont(Font.font(FAMILY, 12));
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        labels.add("0");
        colours.add(NONE);
        int low = 1;
        for (int i = 0; i < breaks.length; i++) {
            labels.add(low == breaks[i] ? Integer.toString(low) : low + "–" + breaks[i]);
            colours.add(CLASSES[i]);
            low = breaks[i] + 1;
        }
        labels.add("≥ " + low);
        colours.add(CLASSES[Math.min(CLASSES.length - 1, breaks.length)]);
        for (int i = 0; i < labels.size(); i++) {
            double y = top + 20 + i * 18;
            g.setFill(colours.get(i));
            g.fillRect(x, y, 22, 13);
            g.setStroke(Color.rgb(120, 130, 140));
            g.strokeRect(x, y, 22, 13);
            g.setFill(Color.rgb(31, 41, 55));
            g.fillText(labels.get(i), x + 30, y);
        }
        g.setTextBaseline(VPos.CENTER);
    }

    private void wireInput() {
        setOnScroll(e -> {
            zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
            e.consume();
        });
        setOnZoom(e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragCentreX = centreX;
            dragCentreY = centreY;
        });
        setOnMouseDragged(e -> {
            tip.hide();
            centreX = dragCentreX - (e.getX() - dragX) / pixelsPerUnit;
            centreY = dragCentreY + (e.getY() - dragY) / pixelsPerUnit;
            requestDraw();
        });
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) onSelect.accept(countryAt(e.getX(), e.getY()));
        });
        setOnMouseMoved(e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        setOnMouseExited(e -> {
            hovered = null;
            tip.hide();
        });
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> zoom(1.4);
                case MINUS, SUBTRACT -> zoom(1 / 1.4);
                case LEFT -> pan(-60, 0);
                case RIGHT -> pan(60, 0);
                case UP -> pan(0, -60);
                case DOWN -> pan(0, 60);
                case HOME -> regionView();
                case W -> worldView();
                case ESCAPE -> onSelect.accept(null);
                default -> { return; }
            }
            e.consume();
        });
    }

    /** One tooltip: a marker's place and count, else the country/region's name and value. */
    private void hover(double x, double y, double sx, double sy) {
        Object now = null;
        String text = null;
        for (Marker m : markers) {
            double mx = px(Mercator.x(m.city().lon())), my = py(Mercator.y(m.city().lat()));
            if (Math.hypot(mx - x, my - y) <= radius(m) + 2) {
                now = m;
                break;
            }
        }
        if (now == null) {
            String iso = countryAt(x, y);
            if (iso != null) now = iso;
        }
        if (now != null) text = describe.apply(now);
        if (java.util.Objects.equals(now, hovered)) {
            if (now != null && tip.isShowing()) tip.show(this, sx + 14, sy + 18);
            return;
        }
        hovered = now;
        if (now == null) {
            tip.hide();
            return;
        }
        tip.setText(text);
        if (getScene() != null && getScene().getWindow() != null) tip.show(this, sx + 14, sy + 18);
    }
}
