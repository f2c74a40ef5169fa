package org.liaisondesk.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.liaisondesk.domain.timeline.TimelineItem;

/**
 * Items grouped into lanes (by kind, country/region or organisation) and stacked into rows inside
 * each lane so that no two items of a row share a day. Computed once per data or filter change;
 * drawing and hit testing then only search sorted rows.
 */
public final class LaneLayout {
    public static final double ROW_HEIGHT = 22;
    public static final double LANE_GAP = 10;
    /**
     * Rows a lane shows before the rest go to one "more" band drawn as density: 60,000 events would
     * otherwise make one lane thousands of pixels high. Filtering or another lane mode shows them.
     */
    public static final int MAX_ROWS = 10;

    public enum Mode { KIND, COUNTRY, ORGANISATION }

    /** One row of a lane: items in start order, none overlapping, so their ends are in order too. */
    public record Row(List<TimelineItem> items) {
        /** Index of the first item ending on or after {@code day}. */
        public int firstEndingFrom(double day) {
            int lo = 0, hi = items.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (items.get(mid).end() + 1 <= day) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    /** @param overflow items beyond {@link #MAX_ROWS} rows, in start order (overlapping) */
    public record Lane(String key, String label, List<Row> rows, List<TimelineItem> overflow, double top) {
        public double height() { return (rows.size() + (overflow.isEmpty() ? 0 : 1)) * ROW_HEIGHT + LANE_GAP; }
        public double bottom() { return top + height(); }
        public int itemCount() { return rows.stream().mapToInt(r -> r.items().size()).sum() + overflow.size(); }
    }

    private final List<Lane> lanes;
    private final double height;
    private final long first;
    private final long last;

    private LaneLayout(List<Lane> lanes, long first, long last) {
        this.lanes = List.copyOf(lanes);
        this.height = lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).bottom();
        this.first = first;
        this.last = last;
    }

    public List<Lane> lanes() { return lanes; }
    public double height() { return height; }
    public boolean isEmpty() { return lanes.isEmpty(); }
    /** The first and last day of all items (for "fit all"). */
    public long first() { return first; }
    public long last() { return last; }

    /**
     * @param keys   the lanes an item belongs to (an event with three countries shows in three country lanes)
     * @param labels what each lane is called
     * @param order  lane order; lanes of equal rank keep their keys' first appearance
     */
    public static LaneLayout build(List<TimelineItem> items, Function<TimelineItem, List<String>> keys,
                                   Function<String, String> labels, Comparator<String> order) {
        Map<String, List<TimelineItem>> byLane = new LinkedHashMap<>();
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (TimelineItem i : items) {
            first = Math.min(first, i.start());
            last = Math.max(last, i.end());
            for (String k : keys.apply(i)) byLane.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        List<String> laneKeys = new ArrayList<>(byLane.keySet());
        laneKeys.sort(order);
        List<Lane> lanes = new ArrayList<>();
        double top = 0;
        for (String k : laneKeys) {
            List<Row> rows = stack(byLane.get(k));
            List<TimelineItem> overflow = new ArrayList<>();
            if (rows.size() > MAX_ROWS) {
                for (Row r : rows.subList(MAX_ROWS, rows.size())) overflow.addAll(r.items());
                overflow.sort(Comparator.comparingLong(TimelineItem::start));
                rows = List.copyOf(rows.subList(0, MAX_ROWS));
            }
            Lane lane = new Lane(k, labels.apply(k), rows, overflow, top);
            lanes.add(lane);
            top = lane.bottom();
        }
        return new LaneLayout(lanes, items.isEmpty() ? 0 : first, items.isEmpty() ? 0 : last);
    }

    /** Interval partitioning: each item goes to the row that has been free longest, or a new row. */
    static List<Row> stack(List<TimelineItem> items) {
        List<TimelineItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(TimelineItem::start).thenComparing(Comparator.comparingLong(TimelineItem::end).reversed()));
        List<List<TimelineItem>> rows = new ArrayList<>();
        PriorityQueue<long[]> free = new PriorityQueue<>(Comparator.comparingLong((long[] r) -> r[0]).thenComparingLong(r -> r[1]));
        for (TimelineItem i : sorted) {
            long[] row = free.peek();
            if (row != null && row[0] < i.start()) {
                free.poll();
            } else {
                row = new long[]{0, rows.size()};
                rows.add(new ArrayList<>());
            }
            rows.get((int) row[1]).add(i);
            row[0] = i.end();
            free.add(row);
        }
        return rows.stream().map(Row::new).toList();
    }

    /** The lane at {@code y} (layout coordinates), or null between or below lanes. */
    public Lane laneAt(double y) {
        int lo = 0, hi = lanes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Lane l = lanes.get(mid);
            if (y < l.top()) hi = mid - 1;
            else if (y >= l.bottom()) lo = mid + 1;
            else return l;
        }
        return null;
    }

    /** Index of the first lane whose bottom is below {@code y}. */
    public int firstLaneFrom(double y) {
        int lo = 0, hi = lanes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lanes.get(mid).bottom() <= y) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The item drawn at ({@code x}, {@code y}): rows are {@link #ROW_HEIGHT} high and an item is at
     * least {@code minWidth} pixels wide, as drawn.
     */
    public TimelineItem itemAt(double x, double y, TimeScale scale, double minWidth) {
        Lane lane = laneAt(y);
        if (lane == null) return null;
        int rowIndex = (int) Math.floor((y - lane.top()) / ROW_HEIGHT);
        if (rowIndex < 0 || rowIndex >= lane.rows().size()) return null;
        Row row = lane.rows().get(rowIndex);
        double slack = minWidth * scale.daysPerPixel();
        double day = scale.day(x);
        TimelineItem best = null;
        for (int i = Math.max(0, row.firstEndingFrom(day - slack) - 1); i < row.items().size(); i++) {
            TimelineItem it = row.items().get(i);
            double x0 = scale.x(it.start()), x1 = Math.max(scale.x(it.end() + 1), x0 + minWidth);
            if (x0 > x) break;
            if (x >= x0 && x < x1) best = it;
        }
        return best;
    }
}
