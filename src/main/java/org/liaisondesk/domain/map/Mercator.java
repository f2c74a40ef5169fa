package org.liaisondesk.domain.map;

/**
 * The projection: spherical Mercator, in degree-sized units (x = longitude; y grows northward).
 * Chosen because the office's region lies between 10°S and 45°N, where Mercator keeps shapes true
 * and distortion stays small; the poles, which it cannot show, are cut at ±84°.
 */
public final class Mercator {
    public static final double MAX_LATITUDE = 84;

    private Mercator() {}

    public static double x(double lon) { return lon; }

    public static double y(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    }

    public static double lon(double x) { return x; }

    public static double lat(double y) { return Math.toDegrees(2 * Math.atan(Math.exp(Math.toRadians(y))) - Math.PI / 2); }
}
