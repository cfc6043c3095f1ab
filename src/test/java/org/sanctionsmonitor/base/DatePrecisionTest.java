package org.sanctionsmonitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @Test
    void a_single_day_reads_as_that_day() {
        assertThat(DatePrecision.DAY.format(LocalDate.of(2023, 9, 13), LocalDate.of(2023, 9, 13))).isEqualTo("13 Sep 2023");
    }

    @Test
    void a_range_within_one_month_names_the_month_once() {
        assertThat(DatePrecision.DAY.format(LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 6))).isEqualTo("5–6 Sep 2022");
    }

    @Test
    void a_date_known_only_to_the_month_is_never_shown_as_a_day() {
        assertThat(DatePrecision.MONTH.format(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30))).isEqualTo("Sep 2025");
        assertThat(DatePrecision.YEAR.format(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo("2024");
    }

    @Test
    void a_range_across_months_shows_both_ends() {
        assertThat(DatePrecision.DAY.format(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 2))).isEqualTo("26 Sep 2025 – 2 Oct 2025");
    }
}
