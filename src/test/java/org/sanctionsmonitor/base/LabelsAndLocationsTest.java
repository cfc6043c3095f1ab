package org.sanctionsmonitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsAndLocationsTest {

    @Test
    void a_country_name_that_ends_in_a_parenthesis_takes_its_code_inside_it() {
        assertThat(Labels.country("North Korea (DPRK)", "KP")).isEqualTo("North Korea (DPRK, KP)");
        assertThat(Labels.country("Iran", "IR")).isEqualTo("Iran (IR)");
    }

    @Test
    void two_addresses_of_the_same_view_are_one_location_whatever_the_order_of_their_parameters() {
        PageLocation a = PageLocation.of("/incidents?role=SUPPLIER&country=KP&q=&from=2023-01-01");
        PageLocation b = PageLocation.of("incidents?country=KP&from=2023-01-01&role=SUPPLIER");

        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).isEqualTo("incidents?country=KP&from=2023-01-01&role=SUPPLIER");
        assertThat(a.parameters()).containsEntry("country", List.of("KP")).doesNotContainKey("q");
    }

    @Test
    void a_location_keeps_encoded_text_and_list_values_readable() {
        PageLocation location = PageLocation.of("timeline?kinds=VIOLATION%2CDENIAL&q=Shahed%20136%20%26%20more#top");

        assertThat(location.parameters()).containsEntry("kinds", List.of("VIOLATION,DENIAL"))
                .containsEntry("q", List.of("Shahed 136 & more"));
        assertThat(location.toString()).isEqualTo("timeline?kinds=VIOLATION,DENIAL&q=Shahed%20136%20%26%20more");
        assertThat(PageLocation.of("countries/KP/").path()).isEqualTo("countries/KP");
        assertThat(PageLocation.of("/").path()).isEmpty();
    }
}
