package org.liaisondesk.ui.timeline;

/**
 * Maps days (epoch days, fractional) to pixels of the plot and back. Immutable: zooming and
 * panning give a new scale, so a frame always draws with one consistent mapping.
 */
public record TimeScale(double startDay, double daysPerPixel) {
    /** Closest: a day is 200 pixels wide. Farthest: 1,000 pixels hold 150 years, decade ticks still readable. */
    public static final double MIN_DAYS_PER_PIXEL = 1.0 / 200;
    public static final double MAX_DAYS_PER_PIXEL = 56;

    public TimeScale {
        daysPerPixel = Math.max(MIN_DAYS_PER_PIXEL, Math.min(MAX_DAYS_PER_PIXEL, daysPerPixel));
    }

    public double x(double day) { return (day - startDay) / daysPerPixel; }

    public double day(double x) { return startDay + x * daysPerPixel; }

    public double endDay(double width) { return day(width); }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the day under {@code anchorX} where it is. */
    public TimeScale zoom(double factor, double anchorX) {
        double anchorDay = day(anchorX);
        double next = Math.max(MIN_DAYS_PER_PIXEL, Math.min(MAX_DAYS_PER_PIXEL, daysPerPixel * factor));
        return new TimeScale(anchorDay - anchorX * next, next);
    }

    /** Moves the view right by {@code dx} pixels (the content moves left). */
    public TimeScale pan(double dx) { return new TimeScale(startDay + dx * daysPerPixel, daysPerPixel); }

    /** Shows {@code first} to {@code last} (inclusive days) in {@code width} pixels, with a little room each side. */
    public static TimeScale fit(long first, long last, double width) {
        double span = Math.max(1, last + 1 - first);
        double margin = span * 0.03 + 1;
        return new TimeScale(first - margin, (span + 2 * margin) / Math.max(1, width));
    }

    /** Puts {@code day} in the middle of {@code width} pixels at this zoom. */
    public TimeScale centreOn(double day, double width) {
        return new TimeScale(day - width / 2 * daysPerPixel, daysPerPixel);
    }
}
