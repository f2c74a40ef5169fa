package org.liaisondesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.domain.timeline.TimelineItem.Style;

/** The timeline's model without the FX toolkit: mapping, ticks, lanes, hit testing. */
class TimelineModelTest {
    static long day(int y, int m, int d) { return LocalDate.of(y, m, d).toEpochDay(); }

    static TimelineItem item(long id, long start, long end, String... countries) {
        return new TimelineItem(RecordKind.EVENT, id, "e" + id, start, end, false, false, Style.PLAIN, List.of(countries),
                List.of(), "");
    }

    @Test
    void dayToPixelAndBackAreInversesAndZoomKeepsTheAnchor() {
        TimeScale s = new TimeScale(day(2018, 1, 1), 0.5);
        for (double x : new double[]{0, 13.5, 700, -40}) assertThat(s.x(s.day(x))).isCloseTo(x, within(1e-9));
        assertThat(s.x(day(2018, 1, 11))).isEqualTo(20);
        TimeScale in = s.zoom(0.5, 300);
        assertThat(in.day(300)).isCloseTo(s.day(300), within(1e-9));
        assertThat(in.daysPerPixel()).isEqualTo(0.25);
        assertThat(s.zoom(1e-9, 0).daysPerPixel()).isEqualTo(TimeScale.MIN_DAYS_PER_PIXEL);
        assertThat(s.pan(10).day(0)).isEqualTo(s.day(10));
        TimeScale fit = TimeScale.fit(day(1995, 1, 1), day(2024, 12, 31), 1000);
        assertThat(fit.x(day(1995, 1, 1))).isBetween(0.0, 60.0);
        assertThat(fit.x(day(2025, 1, 1))).isBetween(940.0, 1000.0);
    }

    @Test
    void ticksPickTheFinestReadableUnitAndSpeakBothLanguages() {
        double width = 1200;
        TimeScale thirtyYears = TimeScale.fit(day(1995, 1, 1), day(2024, 12, 31), width);
        assertThat(Ticks.unit(thirtyYears)).isEqualTo(Ticks.Unit.DECADE);
        TimeScale tenYears = TimeScale.fit(day(2010, 1, 1), day(2019, 12, 31), width);
        assertThat(Ticks.unit(tenYears)).isEqualTo(Ticks.Unit.YEAR);
        assertThat(Ticks.of(tenYears, width, Locale.SIMPLIFIED_CHINESE)).extracting(Ticks.Tick::label).contains("2015年");
        TimeScale twoCenturies = new TimeScale(day(1900, 1, 1), 70);
        assertThat(Ticks.unit(twoCenturies)).isEqualTo(Ticks.Unit.DECADE);
        assertThat(Ticks.of(twoCenturies, width, Locale.SIMPLIFIED_CHINESE).get(1).label()).endsWith("0年代");
        assertThat(Ticks.of(twoCenturies, width, Locale.ENGLISH).get(1).label()).matches("\\d{3}0s");
        TimeScale oneYear = TimeScale.fit(day(2018, 1, 1), day(2018, 12, 31), width);
        assertThat(Ticks.unit(oneYear)).isEqualTo(Ticks.Unit.MONTH);
        List<Ticks.Tick> months = Ticks.of(oneYear, width, Locale.SIMPLIFIED_CHINESE);
        assertThat(months).extracting(Ticks.Tick::label).contains("2018年7月");
        assertThat(Ticks.of(oneYear, width, Locale.ENGLISH)).extracting(Ticks.Tick::label).contains("Jul 2018");
        TimeScale twoYears = TimeScale.fit(day(2017, 1, 1), day(2018, 12, 31), 600);
        assertThat(Ticks.unit(twoYears)).isEqualTo(Ticks.Unit.QUARTER);
        assertThat(Ticks.of(twoYears, 600, Locale.SIMPLIFIED_CHINESE)).extracting(Ticks.Tick::label).contains("2018年第3季度");
        assertThat(Ticks.of(twoYears, 600, Locale.ENGLISH)).extracting(Ticks.Tick::label).contains("Q3 2018");
        TimeScale twoMonths = TimeScale.fit(day(2018, 7, 1), day(2018, 8, 31), width);
        assertThat(Ticks.unit(twoMonths)).isEqualTo(Ticks.Unit.WEEK);
        assertThat(Ticks.of(twoMonths, width, Locale.ENGLISH)).allSatisfy(t ->
                assertThat(t.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(Ticks.of(twoMonths, width, Locale.SIMPLIFIED_CHINESE)).extracting(Ticks.Tick::label).contains("2018年7月16日");
        TimeScale oneWeek = TimeScale.fit(day(2018, 7, 16), day(2018, 7, 22), width);
        assertThat(Ticks.unit(oneWeek)).isEqualTo(Ticks.Unit.DAY);
        assertThat(Ticks.of(oneWeek, width, Locale.ENGLISH)).extracting(Ticks.Tick::label).contains("18 Jul");
        for (TimeScale s : List.of(thirtyYears, tenYears, twoCenturies, oneYear, twoYears, twoMonths, oneWeek)) {
            List<Ticks.Tick> t = Ticks.of(s, width, Locale.ENGLISH);
            for (int i = 1; i < t.size(); i++) assertThat(t.get(i).x() - t.get(i - 1).x()).isGreaterThanOrEqualTo(Ticks.MIN_SPACING - 4);
        }
    }

    @Test
    void lanesStackItemsSoThatNoTwoInARowShareADay() {
        Random r = new Random(7);
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long start = day(2000, 1, 1) + r.nextInt(3000);
            items.add(item(i, start, start + r.nextInt(r.nextBoolean() ? 3 : 200), r.nextBoolean() ? "LA" : "VN", "MM"));
        }
        LaneLayout layout = LaneLayout.build(items, TimelineItem::countries, k -> k, Comparator.naturalOrder());
        assertThat(layout.lanes()).extracting(LaneLayout.Lane::key).containsExactly("LA", "MM", "VN");
        assertThat(layout.lanes().get(1).itemCount()).isEqualTo(3000);
        for (LaneLayout.Lane lane : layout.lanes()) {
            for (LaneLayout.Row row : lane.rows()) {
                for (int i = 1; i < row.items().size(); i++) {
                    assertThat(row.items().get(i).start()).isGreaterThan(row.items().get(i - 1).end());
                }
            }
        }
        // no wasted rows: as many rows as items overlap on the busiest day
        LaneLayout.Lane mm = layout.lanes().get(1);
        int busiest = 0;
        for (long d = day(2000, 1, 1); d < day(2000, 1, 1) + 3300; d++) {
            final long dd = d;
            busiest = Math.max(busiest, (int) items.stream().filter(i -> i.start() <= dd && i.end() >= dd).count());
        }
        assertThat(mm.rows()).hasSize(Math.min(busiest, LaneLayout.MAX_ROWS));
        assertThat(busiest).as("the test needs a crowded lane").isGreaterThan(LaneLayout.MAX_ROWS);
        assertThat(mm.overflow()).hasSize(3000 - mm.rows().stream().mapToInt(row -> row.items().size()).sum());
        assertThat(mm.height()).isEqualTo((LaneLayout.MAX_ROWS + 1) * LaneLayout.ROW_HEIGHT + LaneLayout.LANE_GAP);
        assertThat(layout.lanes().get(1).top()).isEqualTo(layout.lanes().get(0).bottom());
    }

    @Test
    void hitTestingFindsTheItemUnderThePointerUpToItsEdges() {
        TimelineItem a = item(1, day(2018, 7, 1), day(2018, 7, 10), "LA");
        TimelineItem b = item(2, day(2018, 7, 11), day(2018, 7, 11), "LA");
        TimelineItem c = item(3, day(2018, 7, 5), day(2018, 7, 6), "LA");
        LaneLayout layout = LaneLayout.build(List.of(a, b, c), TimelineItem::countries, k -> k, Comparator.naturalOrder());
        TimeScale s = new TimeScale(day(2018, 7, 1), 0.1); // 10 px a day
        double row0 = 5, row1 = LaneLayout.ROW_HEIGHT + 5;
        // a fills row 0; c overlaps it, so goes below, and b follows c in the row free longest
        assertThat(layout.itemAt(0, row0, s, 4)).isEqualTo(a);
        assertThat(layout.itemAt(99.9, row0, s, 4)).isEqualTo(a);
        assertThat(layout.itemAt(100, row0, s, 4)).isNull();
        assertThat(layout.itemAt(100, row1, s, 4)).isEqualTo(b);
        assertThat(layout.itemAt(109.9, row1, s, 4)).isEqualTo(b);
        assertThat(layout.itemAt(110, row1, s, 4)).isNull();
        assertThat(layout.itemAt(45, row1, s, 4)).isEqualTo(c);
        assertThat(layout.itemAt(39.9, row1, s, 4)).isNull();
        assertThat(layout.itemAt(45, LaneLayout.ROW_HEIGHT * 2 + 2, s, 4)).as("the gap under the lane").isNull();
        TimeScale far = new TimeScale(day(2018, 7, 1), 30); // a month a pixel: items are their minimum width
        assertThat(layout.itemAt(0.5, row0, far, 4)).isEqualTo(a);
        assertThat(layout.itemAt(3.9, row0, far, 4)).isEqualTo(a);
        assertThat(layout.itemAt(4.5, row0, far, 4)).isNull();
    }
}
