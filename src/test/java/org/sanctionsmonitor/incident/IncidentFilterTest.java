package org.sanctionsmonitor.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {

    @Test
    void a_filter_survives_the_round_trip_through_the_url() {
        IncidentFilter filter = new IncidentFilter("kp", PartyRole.SUPPLIER, "ARTILLERY_AMMUNITION",
                IncidentStatus.ALLEGED, IncidentKind.VIOLATION, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), " shells ");

        IncidentFilter parsed = IncidentFilter.fromQuery(asParameters(filter.toQuery()));

        assertThat(parsed).isEqualTo(filter);
        assertThat(parsed.country()).isEqualTo("KP");
        assertThat(parsed.text()).isEqualTo("shells");
    }

    @Test
    void the_dashboard_parameters_provision_and_recipient_survive_the_round_trip_too() {
        IncidentFilter filter = new IncidentFilter("KP", PartyRole.SUPPLIER, null, null, null, null, null, null, 12L, "ru");

        IncidentFilter parsed = IncidentFilter.fromQuery(asParameters(filter.toQuery()));

        assertThat(parsed).isEqualTo(filter);
        assertThat(parsed.recipient()).isEqualTo("RU");
        assertThat(filter.toQuery()).containsEntry("provision", "12").containsEntry("recipient", "RU");
        assertThat(IncidentFilter.fromQuery(Map.of("provision", List.of("twelve"))).provision()).isNull();
    }

    @Test
    void only_the_set_filters_appear_in_the_url() {
        assertThat(IncidentFilter.NONE.toQuery()).isEmpty();
        assertThat(new IncidentFilter("RU", null, null, null, null, null, null, null).toQuery()).containsExactly(Map.entry("country", "RU"));
    }

    @Test
    void malformed_parameters_are_ignored_instead_of_failing_the_page() {
        IncidentFilter parsed = IncidentFilter.fromQuery(Map.of(
                "role", List.of("KING"), "from", List.of("2023-13-45"), "status", List.of("alleged"), "q", List.of("  ")));

        assertThat(parsed.role()).isNull();
        assertThat(parsed.from()).isNull();
        assertThat(parsed.status()).isEqualTo(IncidentStatus.ALLEGED);
        assertThat(parsed.text()).isNull();
    }

    private static Map<String, List<String>> asParameters(Map<String, String> query) {
        return query.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }
}
