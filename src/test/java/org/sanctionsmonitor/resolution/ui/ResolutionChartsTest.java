package org.sanctionsmonitor.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.resolution.CitationCounts;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.InForcePeriod;
import org.sanctionsmonitor.resolution.ResolutionDetails;
import org.sanctionsmonitor.resolution.Verification;
import tools.jackson.databind.JsonNode;

class ResolutionChartsTest {

    private static final ResolutionDetails.ProvisionView PARA_4 = new ResolutionDetails.ProvisionView(7, "Annex B para 4",
            MeasureType.MISSILE_UAV_RESTRICTION, "Missile restrictions", true, Verification.VERIFIED, null,
            List.of(new InForcePeriod(LocalDate.of(2016, 1, 16), LocalDate.of(2023, 10, 18), null)));
    private static final ResolutionDetails.ProvisionView OP_8 = new ResolutionDetails.ProvisionView(8, "OP8", MeasureType.OTHER,
            "Open", true, Verification.VERIFIED, null, List.of(new InForcePeriod(LocalDate.of(2020, 1, 1), null, null)));

    @Test
    void each_provision_is_a_lane_with_its_count_its_periods_in_force_as_bars_and_a_mark_per_year_of_citations() {
        CitationCounts citing = new CitationCounts(7, 3, 1, List.of(new CitationCounts.Year(2024, 2, 1)));

        JsonNode option = ResolutionCharts.option(List.of(PARA_4, OP_8), Map.of(7L, citing), LocalDate.of(2026, 11, 27));

        assertThat(option.get("yAxis").get("data").get(0).asString()).isEqualTo("Annex B para 4 (3)");
        assertThat(option.get("yAxis").get("data").get(1).asString()).isEqualTo("OP8 (0)");
        JsonNode data = option.get("series").get(0).get("data");
        JsonNode period = data.get(0);
        assertThat(period.get("value").get(1).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2016, 1, 16)));
        assertThat(period.get("value").get(2).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2023, 10, 18)));
        assertThat(period.get("filter").asString()).isEqualTo("incidents?provision=7");
        JsonNode year = data.get(1);
        assertThat(year.get("itemStyle").get("color").asString()).isEqualTo(ResolutionCharts.CITED_NOT_IN_FORCE);
        assertThat(year.get("value").get(1).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2024, 1, 1)));
        assertThat(year.get("value").get(2).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2025, 1, 1)));
        assertThat(year.get("name").asString()).isEqualTo("2024: 3 incidents cite it, 1 of them although it was not in force on their date");
        assertThat(year.get("filter").asString()).isEqualTo("incidents?provision=7&from=2024-01-01&to=2024-12-31");
        JsonNode open = data.get(2);
        assertThat(open.get("value").get(0).asInt()).isEqualTo(1);
        assertThat(open.get("value").get(2).asLong()).isEqualTo(ResolutionCharts.millis(LocalDate.of(2026, 11, 28)));
        assertThat(open.has("filter")).isFalse();
    }

    @Test
    void the_table_alternative_has_the_same_counts_and_windows() {
        var table = ResolutionCharts.table(List.of(PARA_4, OP_8), Map.of());

        assertThat(table.rows().get(0).get(1).text()).isEqualTo("16 Jan 2016 – lapsed 18 Oct 2023");
        assertThat(table.rows().get(1).get(2).text()).isEqualTo("0");
    }
}
