package org.sanctionsmonitor.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.ui.Marked;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_words_in_the_url_show_the_best_matches_of_each_kind_linking_to_their_pages_with_the_words_marked() {
        long incident = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%Shahed-136%'").query(Long.class).single();

        SearchView view = Navigation.open("search?q=Shahed%20136", SearchView.class);

        assertThat(view.text.getValue()).isEqualTo("Shahed 136");
        HitCard first = hits(view).filter(hit -> hit.link.getHref().equals("incidents/" + incident)).findFirst().orElseThrow();
        assertThat(marks(first.getElement())).contains("Shahed");
        assertThat(view.results.getElement().getTextRecursively()).contains("Incidents and events");
    }

    @Test
    void markup_in_titles_and_snippets_is_shown_as_text_never_as_elements() {
        data.publishedIncident("<img src=x onerror=alert(1)> Alabuga", "Seen near Alabuga <script>alert(2)</script> & more.");

        SearchView view = Navigation.open("search?q=Alabuga", SearchView.class);

        HitCard hit = hits(view).findFirst().orElseThrow();
        assertThat(hit.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)> Alabuga",
                "<script>alert(2)</script> & more");
        assertThat(descendants(hit.getElement()).filter(e -> !e.isTextNode()).map(Element::getTag)).doesNotContain("img", "script", "b")
                .contains("mark", "a");
        assertThat(hit.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void every_filter_lives_in_the_url() {
        SearchView view = Navigation.open("search?q=Peskov&kind=SPEAKER,STATEMENT&from=2022-01-01&to=2023-12-31&country=RU",
                SearchView.class);

        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(SearchKind.SPEAKER, SearchKind.STATEMENT);
        assertThat(view.from.getValue()).hasToString("2022-01-01");
        assertThat(view.country.getValue().code()).isEqualTo("RU");
        assertThat(view.results.getChildren().filter(Section.class::isInstance)).isNotEmpty();

        view.country.clear();

        assertThat(Navigation.currentLocation()).isEqualTo("search?q=Peskov&kind=STATEMENT%2CSPEAKER&from=2022-01-01&to=2023-12-31");
    }

    @Test
    void one_kind_lists_all_its_matches_twenty_at_a_time() {
        SearchView view = Navigation.open("search?q=Russia&kind=SOURCE", SearchView.class);
        int count = jdbc.sql("SELECT count(*) FROM source WHERE workflow_state = 'PUBLISHED'"
                + " AND search @@ (to_tsquery('simple', 'russia:*') || to_tsquery('english', 'russia:*'))").query(Integer.class).single();
        assertThat(count).isGreaterThan(SearchView.PAGE);
        assertThat(hits(view).count()).isEqualTo(SearchView.PAGE);
        Button more = $(Button.class).all().stream().filter(b -> b.getText().equals("Show more")).findFirst().orElseThrow();

        test(more).click();

        assertThat(hits(view).count()).isGreaterThan(SearchView.PAGE).isLessThanOrEqualTo(2L * SearchView.PAGE);
    }

    @Test
    void a_search_without_a_word_says_why_at_the_field() {
        SearchView view = Navigation.open("search?q=%21%21%21", SearchView.class);

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("Type a word, a name or a number to search for.");
        assertThat(view.text.getValue()).isEqualTo("!!!");
    }

    @Test
    void the_search_field_in_the_header_of_every_page_opens_the_search_page() {
        Navigation.open("incidents", Object.class);
        TextField header = $(TextField.class).all().stream().filter(f -> "Search everything".equals(f.getPlaceholder())).findFirst()
                .orElseThrow();
        Button go = $(Button.class).all().stream().filter(b -> b.hasClassName("header-search-go")).findFirst().orElseThrow();

        test(header).setValue("김여정 & Alabuga");
        test(go).click();

        assertThat(Navigation.currentView()).isInstanceOf(SearchView.class);
        assertThat(Navigation.currentLocation()).isEqualTo("search?q=%EA%B9%80%EC%97%AC%EC%A0%95%20%26%20Alabuga");
    }

    private Stream<HitCard> hits(SearchView view) {
        return descendants(view.results.getElement()).map(e -> e.getComponent().orElse(null))
                .filter(HitCard.class::isInstance).map(HitCard.class::cast);
    }

    private static List<String> marks(Element element) {
        return descendants(element).filter(e -> e.getComponent().map(Marked.Mark.class::isInstance).orElse(false))
                .map(Element::getText).toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(SearchViewTest::descendants));
    }
}
