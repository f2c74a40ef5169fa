package org.liaisondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @ParameterizedTest
    @CsvSource({
            "2018-07-15, 2018-07-15, DAY",
            "2018/7/15, 2018-07-15, DAY",
            "2018.7.5, 2018-07-05, DAY",
            "2018年7月15日, 2018-07-15, DAY",
            "2018 年 7 月 15 日, 2018-07-15, DAY",
            "2018-07, 2018-07, MONTH",
            "2018/7, 2018-07, MONTH",
            "2018年7月, 2018-07, MONTH",
            "2018, 2018, YEAR",
            "2018年, 2018, YEAR",
            "' 2015-11 ', 2015-11, MONTH"})
    void readsEveryFormTheOfficeWrites(String input, String iso, PartialDate.Precision precision) {
        PartialDate d = PartialDate.parse(input);
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-02-30", "2019年2月29日", "18-07-15", "July 2018", "2018-07-15x", "abc"})
    void rejectsWhatIsNotADateWithAKeyedMessage(String input) {
        assertThatThrownBy(() -> PartialDate.parse(input))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).key()).startsWith("error.date."));
    }

    @Test
    void blankIsNoDate() {
        assertThat(PartialDate.parse("  ")).isNull();
        assertThat(PartialDate.parse(null)).isNull();
    }

    @Test
    void knowsTheSpanItCovers() {
        PartialDate year = PartialDate.ofYear(2000);
        assertThat(year.start()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2000, 12, 31));
        PartialDate feb = PartialDate.ofMonth(2016, 2);
        assertThat(feb.end()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(feb.covers(LocalDate.of(2016, 2, 10))).isTrue();
        assertThat(feb.covers(LocalDate.of(2016, 3, 1))).isFalse();
        assertThat(PartialDate.ofDay(2014, 9, 17).end()).isEqualTo(LocalDate.of(2014, 9, 17));
    }

    @Test
    void ordersBySpanStartThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.ofDay(2015, 11, 3), PartialDate.ofYear(2016),
                PartialDate.ofMonth(2015, 11), PartialDate.ofYear(2015), PartialDate.ofDay(2015, 1, 1)));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::iso)
                .containsExactly("2015", "2015-01-01", "2015-11", "2015-11-03", "2016");
        // ISO text sorts the same way, which is what the database relies on.
        assertThat(dates.stream().map(PartialDate::iso).sorted().toList())
                .isEqualTo(dates.stream().map(PartialDate::iso).toList());
    }

    @Test
    void formatsForPeople() {
        assertThat(PartialDate.ofMonth(2015, 11).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2015年11月");
        assertThat(PartialDate.ofDay(2018, 6, 7).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2018年6月7日");
        assertThat(PartialDate.ofYear(2000).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2000年");
        assertThat(PartialDate.ofMonth(2015, 11).format(Locale.ENGLISH)).isEqualTo("Nov 2015");
        assertThat(PartialDate.ofDay(2018, 6, 7).format(Locale.ENGLISH)).isEqualTo("7 Jun 2018");
        assertThat(PartialDate.ofYear(2000).format(Locale.ENGLISH)).isEqualTo("2000");
    }

    @Test
    void roundTripsThroughIso() {
        for (PartialDate d : List.of(PartialDate.ofYear(1995), PartialDate.ofMonth(2015, 11), PartialDate.ofDay(2014, 9, 17))) {
            assertThat(PartialDate.parse(d.iso())).isEqualTo(d);
        }
    }
}
