package org.liaisondesk.domain.map;

import java.util.List;

/**
 * One country/region's outline, projected once: polygons, each an outer ring and its holes, as
 * flat arrays of projected x and y. The bounding box lets drawing and hit testing skip it quickly.
 */
public record MapShape(String iso2, List<Polygon> polygons, double minX, double minY, double maxX, double maxY) {
    /** A ring is closed implicitly: its last point joins its first. */
    public record Ring(double[] xs, double[] ys) {
        public int size() { return xs.length; }
    }

    public record Polygon(List<Ring> rings) {}

    public static MapShape of(String iso2, List<Polygon> polygons) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Polygon p : polygons) {
            Ring outer = p.rings().get(0);
            for (int i = 0; i < outer.size(); i++) {
                minX = Math.min(minX, outer.xs()[i]);
                maxX = Math.max(maxX, outer.xs()[i]);
                minY = Math.min(minY, outer.ys()[i]);
                maxY = Math.max(maxY, outer.ys()[i]);
            }
        }
        return new MapShape(iso2, List.copyOf(polygons), minX, minY, maxX, maxY);
    }

    public boolean boxContains(double x, double y) { return x >= minX && x <= maxX && y >= minY && y <= maxY; }

    /** Inside one of the polygons: inside its outer ring and in none of its holes (even-odd over all rings). */
    public boolean contains(double x, double y) {
        if (!boxContains(x, y)) return false;
        for (Polygon p : polygons) {
            boolean inside = false;
            for (Ring r : p.rings()) if (crosses(r, x, y)) inside = !inside;
            if (inside) return true;
        }
        return false;
    }

    /** Ray casting: an odd number of edge crossings to the right means inside this ring. */
    private static boolean crosses(Ring r, double x, double y) {
        boolean in = false;
        double[] xs = r.xs(), ys = r.ys();
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) in = !in;
        }
        return in;
    }
}
