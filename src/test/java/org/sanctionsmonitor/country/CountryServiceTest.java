package org.sanctionsmonitor.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class CountryServiceTest {

    @Autowired
    CountryService countries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_country_is_listed_by_name() {
        List<String> byName = jdbc.sql("SELECT code FROM country ORDER BY name").query(String.class).list();

        assertThat(countries.all()).extracting(CountryOption::code).containsExactlyElementsOf(byName);
    }

    @Test
    void every_reader_shares_one_unmodifiable_list_of_countries_instead_of_a_copy_per_session() {
        List<CountryOption> first = countries.all();

        assertThat(countries.all()).isSameAs(first);
        assertThatThrownBy(() -> first.add(new CountryOption("XX", "Nowhere"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
