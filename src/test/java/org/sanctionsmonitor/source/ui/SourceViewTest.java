package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class SourceViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_seed_article_shows_the_indonesian_original_beside_the_english_translation() {
        long id = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();

        SourceView view = navigate("sources/" + id, SourceView.class);

        H1 title = find(H1.class).single();
        assertThat(title.getText()).isEqualTo("Sekutu memperingatkan Rusia akan membayar harga atas kerja sama militer dengan Pyongyang");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("id");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Original · Indonesian (id)", "Translation · English",
                "Allies warn Russia will pay a price for military cooperation with Pyongyang",
                "Sanctions Monitor dataset editors (human translation)");
        assertThat(text).contains("Chang Ho-jin", "Dmitry Peskov"); // its statements
        assertThat(text).contains("EDSCG").contains("Vostochny"); // the incidents citing it
    }

    @Test
    void the_library_lists_every_source_and_filters_by_language_from_the_url() {
        SourceListView all = navigate(SourceListView.class);
        int total = jdbc.sql("SELECT count(*) FROM source").query(Integer.class).single();
        assertThat(test(all.grid).size()).isEqualTo(total);

        SourceListView indonesian = Navigation.open("sources?language=id", SourceListView.class);
        assertThat(test(indonesian.grid).size()).isEqualTo(1);
        assertThat(indonesian.count.getText()).isEqualTo("1 source");
    }

    @Test
    void searching_the_library_matches_text_in_the_original_language() {
        SourceListView view = Navigation.open("sources?q=Pyongyang", SourceListView.class);

        assertThat(test(view.grid).size()).isPositive();
    }
}
