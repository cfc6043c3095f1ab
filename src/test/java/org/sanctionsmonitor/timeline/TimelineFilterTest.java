package org.sanctionsmonitor.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimelineFilterTest {

    @Test
    void a_timeline_filter_survives_the_round_trip_through_the_url() {
        TimelineFilter filter = new TimelineFilter("kp", "dprk", 2270, "DRONES",
                Set.of(TimelineKind.DENIAL, TimelineKind.VIOLATION), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30));

        TimelineFilter parsed = TimelineFilter.fromQuery(asParameters(filter.toQuery()));

        assertThat(parsed).isEqualTo(filter);
        assertThat(filter.toQuery()).containsEntry("kinds", "VIOLATION,DENIAL").containsEntry("regime", "DPRK");
    }

    @Test
    void no_kinds_means_every_kind_and_malformed_parameters_are_ignored() {
        TimelineFilter parsed = TimelineFilter.fromQuery(Map.of("kinds", List.of("NONSENSE"), "resolution", List.of("x"),
                "from", List.of("2023-02-30")));

        assertThat(parsed.kinds()).isEmpty();
        assertThat(parsed.shows(TimelineKind.EXPIRY)).isTrue();
        assertThat(parsed.resolution()).isNull();
        assertThat(parsed.from()).isNull();
        assertThat(TimelineFilter.NONE.toQuery()).isEmpty();
    }

    private static Map<String, List<String>> asParameters(Map<String, String> query) {
        return query.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }
}
