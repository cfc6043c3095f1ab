package org.sanctionsmonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.ui.chart.ChartClickEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class CountryViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_country_list_shows_each_involved_country_with_its_counts() {
        CountryListView view = Navigation.open("countries", CountryListView.class);

        int involved = count("SELECT count(DISTINCT country_code) FROM incident_party");
        assertThat(test(view.grid).size()).isEqualTo(involved);
        var kp = view.grid.getListDataView().getItems().filter(c -> c.code().equals("KP")).findFirst().orElseThrow();
        assertThat(kp.supplier()).isEqualTo(count(
                "SELECT count(DISTINCT incident_id) FROM incident_party WHERE country_code = 'KP' AND role = 'SUPPLIER'"));
    }

    @Test
    void a_dossier_shows_the_countrys_counts_and_statements() {
        CountryDossierView view = Navigation.open("countries/kp", CountryDossierView.class);

        assertThat(view.heading.getText()).isEqualTo("North Korea (DPRK, KP)");
        int supplier = count("SELECT count(DISTINCT incident_id) FROM incident_party WHERE country_code = 'KP' AND role = 'SUPPLIER'");
        assertThat(view.figures.getElement().getTextRecursively()).contains(supplier + "Incidents as supplier");
        int denials = count("""
                SELECT count(*) FROM statement s JOIN statement_speaker sp ON sp.statement_id = s.id JOIN actor a ON a.id = sp.actor_id
                WHERE a.country_code = 'KP' AND s.stance IN ('DENIES', 'DECLINES_TO_COMMENT')""");
        assertThat(view.figures.getElement().getTextRecursively()).contains(denials + "Its denials");
        assertThat(view.years.isEmpty()).isFalse();
        assertThat(view.counterparts.getTable().getElement().getTextRecursively()).contains("Russia");
    }

    @Test
    void the_dossiers_latest_items_and_statements_open_their_complete_lists_with_their_counts() {
        CountryDossierView view = Navigation.open("countries/RU", CountryDossierView.class);
        int involved = count("SELECT count(DISTINCT p.incident_id) FROM incident_party p JOIN incident i ON i.id = p.incident_id"
                + " WHERE p.country_code = 'RU' AND i.workflow_state = 'PUBLISHED'");
        assertThat(involved).isGreaterThan(10);

        Anchor all = $(Anchor.class).all().stream().filter(a -> a.getText().startsWith("All " + involved + " incidents")).findFirst()
                .orElseThrow();
        assertThat(all.getHref()).isEqualTo("incidents?country=RU");
        Anchor statements = $(Anchor.class).all().stream().filter(a -> a.getText().contains("allegations and denials")).findFirst()
                .orElseThrow();
        int claimsAndDenials = count("""
                SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND EXISTS (
                    SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = s.id AND a.country_code = 'RU')""");
        assertThat(statements.getText()).startsWith("All " + claimsAndDenials + " allegations and denials");
        assertThat(statements.getHref()).isEqualTo("timeline?country=RU&kinds=ALLEGATION%2CDENIAL");
    }

    @Test
    void clicking_a_year_bar_of_a_dossier_opens_the_list_with_the_same_count() {
        CountryDossierView view = Navigation.open("countries/KP", CountryDossierView.class);
        JsonNode series = view.years.getChart().getOption().get("series").get(0);
        int index = 0;
        while (!series.get("data").get(index).has("filter")) {
            index++;
        }
        JsonNode bar = series.get("data").get(index);

        ComponentUtil.fireEvent(view.years.getChart(), new ChartClickEvent(view.years.getChart(), true, "year",
                series.get("name").asString(), index, bar.get("filter").asString(), bar));

        assertThat(Navigation.currentView().getClass().getSimpleName()).isEqualTo("IncidentListView");
        int shown = bar.get("value").asInt();
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(shown == 1 ? "1 incident" : shown + " incidents");
    }

    @Test
    void an_unknown_country_is_not_found() {
        Navigation.open("countries/XX", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(CountryDossierView.class);
    }

    @Test
    void a_country_without_published_incidents_shows_empty_states() {
        CountryDossierView view = Navigation.open("countries/IS", CountryDossierView.class);

        assertThat(view.years.isEmpty()).isTrue();
        assertThat(view.counterparts.isEmpty()).isTrue();
        assertThat(view.provisions.isEmpty()).isTrue();
    }

    @Test
    void the_country_list_links_each_count_to_its_list() {
        CountryListView view = Navigation.open("countries", CountryListView.class);

        int row = 0;
        while (!test(view.grid).getRow(row).code().equals("KP")) {
            row++;
        }
        Anchor asSupplier = (Anchor) test(view.grid).getCellComponent(row, 1);
        assertThat(asSupplier.getHref()).isEqualTo("incidents?country=KP&role=SUPPLIER");
        assertThat(asSupplier.getText()).isEqualTo(String.valueOf(test(view.grid).getRow(row).supplier()));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
