package org.sanctionsmonitor.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ResolutionViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_list_shows_all_fifteen_resolutions_oldest_first() {
        ResolutionListView view = navigate(ResolutionListView.class);

        assertThat(test(view.grid).size()).isEqualTo(15);
        assertThat(test(view.grid).getRow(0).number()).isEqualTo(1718);
    }

    @Test
    void resolution_1718_shows_its_provisions_and_says_which_paragraph_numbers_are_not_verified() {
        ResolutionView view = navigate("resolutions/1718", ResolutionView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("14 Oct 2006", "S/RES/1718 (2006) OP8(b)", "14 Oct 2006 – today");
        int unverified = jdbc.sql("""
                SELECT count(*) FROM provision p JOIN resolution r ON r.id = p.resolution_id
                WHERE r.number = 1718 AND p.verification = 'PARTIALLY_VERIFIED'""").query(Integer.class).single();
        assertThat(unverified).isPositive();
        assertThat(text.split("Paragraph number not verified", -1)).hasSize(unverified + 1);
    }

    @Test
    void each_provision_lists_the_incidents_citing_it() {
        ResolutionView view = navigate("resolutions/1718", ResolutionView.class);

        int citing = jdbc.sql("""
                SELECT count(*) FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id
                JOIN resolution r ON r.id = p.resolution_id WHERE r.number = 1718 AND p.label = 'OP8(b)'""").query(Integer.class).single();
        assertThat(citing).isPositive();
        assertThat(view.getElement().getTextRecursively()).contains("Incidents citing it (" + citing + ")");
    }

    @Test
    void the_2231_page_shows_when_annex_b_para_4_lapsed_and_flags_later_citations() {
        ResolutionView view = navigate("resolutions/2231", ResolutionView.class);

        assertThat(view.getElement().getTextRecursively()).contains("16 Jan 2016 – lapsed 18 Oct 2023",
                "Not in force on the incident's date");
    }

    @Test
    void a_restored_iran_resolution_shows_both_of_its_periods_in_force() {
        ResolutionView view = navigate("resolutions/1929", ResolutionView.class);

        assertThat(view.getElement().getTextRecursively()).contains("9 Jun 2010 – lapsed 16 Jan 2016", "28 Sep 2025 – today");
    }
}
