package org.sanctionsmonitor.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void the_wider_the_window_the_longer_the_period_so_the_bars_stay_readable() {
        LocalDate start = LocalDate.of(2020, 1, 1);

        assertThat(Period.forWindow(start, start.plusDays(41))).isEqualTo(Period.DAY);
        assertThat(Period.forWindow(start, start.plusDays(42))).isEqualTo(Period.WEEK);
        assertThat(Period.forWindow(start, start.plusMonths(7))).isEqualTo(Period.MONTH);
        assertThat(Period.forWindow(start, start.plusYears(3).plusDays(1))).isEqualTo(Period.QUARTER);
        assertThat(Period.forWindow(start, start.plusYears(20))).isEqualTo(Period.YEAR);
    }

    @Test
    void each_period_is_named_as_people_name_it() {
        LocalDate day = LocalDate.of(2024, 8, 14); // a Wednesday

        assertThat(Period.QUARTER.start(day)).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.QUARTER.end(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.QUARTER.label(LocalDate.of(2024, 7, 1))).isEqualTo("Q3 2024");
        assertThat(Period.WEEK.label(Period.WEEK.start(day))).isEqualTo("week of 12 Aug 2024");
        assertThat(Period.MONTH.label(Period.MONTH.start(day))).isEqualTo("Aug 2024");
        assertThat(Period.YEAR.end(Period.YEAR.start(day))).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
