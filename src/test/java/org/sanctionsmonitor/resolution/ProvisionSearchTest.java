package org.sanctionsmonitor.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.Labels;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provision picker's matching, on the demo dataset's real labels and summaries, in the service's order. */
class ProvisionSearchTest {

    private static final List<ProvisionOption> DEMO = demoProvisions();

    private static List<String> find(String query) {
        return ProvisionSearch.rank(DEMO, query).stream().map(ProvisionOption::citation).toList();
    }

    @Test
    void the_pickers_own_example_finds_the_paragraphs_of_1718_op8_and_nothing_that_only_mentions_them() {
        assertThat(find("1718 OP8")).containsExactly("S/RES/1718 (2006) OP8(a)(i)", "S/RES/1718 (2006) OP8(a)(ii)",
                "S/RES/1718 (2006) OP8(b)", "S/RES/1718 (2006) OP8(c)");
    }

    @Test
    void a_resolution_number_and_a_paragraph_find_that_paragraph() {
        assertThat(find("1874 OP9")).containsExactly("S/RES/1874 (2009) OP9");
        assertThat(find("1929 op 8")).containsExactly("S/RES/1929 (2010) OP8");
    }

    @Test
    void the_full_citation_finds_its_paragraph_first() {
        assertThat(find("S/RES/1718 (2006) OP8(b)")).first().isEqualTo("S/RES/1718 (2006) OP8(b)");
        assertThat(find("s/res/1718(2006) op8(b)")).containsExactly("S/RES/1718 (2006) OP8(b)");
    }

    @Test
    void unscr_and_spaces_between_paragraph_and_sub_paragraph_are_understood() {
        assertThat(find("UNSCR 1718 op 8 b")).containsExactly("S/RES/1718 (2006) OP8(b)");
        assertThat(find("1718 para 8(a)(ii)")).containsExactly("S/RES/1718 (2006) OP8(a)(ii)");
    }

    @Test
    void an_annex_paragraph_is_found_with_or_without_the_resolution_and_the_word_para() {
        assertThat(find("2231 Annex B para 4")).containsExactly("S/RES/2231 (2015) Annex B para 4");
        assertThat(find("Annex B 4")).containsExactly("S/RES/2231 (2015) Annex B para 4");
        assertThat(find("2231 para 6")).containsExactly("S/RES/2231 (2015) Annex B para 6(b)");
        assertThat(find("2231 annex b")).containsExactly("S/RES/2231 (2015) Annex B para 3", "S/RES/2231 (2015) Annex B para 4",
                "S/RES/2231 (2015) Annex B para 5", "S/RES/2231 (2015) Annex B para 6(b)");
    }

    @Test
    void an_exact_label_ranks_before_longer_labels_that_start_with_it() {
        assertThat(find("OP8")).startsWith("S/RES/1929 (2010) OP8", "S/RES/2270 (2016) OP6, OP8")
                .contains("S/RES/1718 (2006) OP8(a)(i)", "S/RES/1718 (2006) OP8(b)");
    }

    @Test
    void a_paragraph_inside_a_range_or_a_list_of_paragraphs_is_found() {
        assertThat(find("1874 OP12")).containsExactly("S/RES/1874 (2009) OP11-OP18");
        assertThat(find("2270 OP8")).containsExactly("S/RES/2270 (2016) OP6, OP8");
    }

    @Test
    void a_partly_typed_paragraph_offers_what_it_could_become_after_exact_matches() {
        assertThat(find("1718 OP1")).containsExactly("S/RES/1718 (2006) OP12");
        assertThat(find("1874 op1")).containsExactly("S/RES/1874 (2009) OP10", "S/RES/1874 (2009) OP11-OP18");
    }

    @Test
    void a_resolution_number_alone_lists_its_paragraphs_in_order() {
        assertThat(find("1718")).containsExactly("S/RES/1718 (2006) OP8(a)(i)", "S/RES/1718 (2006) OP8(a)(ii)",
                "S/RES/1718 (2006) OP8(b)", "S/RES/1718 (2006) OP8(c)", "S/RES/1718 (2006) OP12");
    }

    @Test
    void a_number_after_s_res_or_unscr_is_a_resolution_even_while_it_is_being_typed() {
        assertThat(find("S/RES/17")).hasSize(8).allMatch(c -> c.startsWith("S/RES/17"));
        assertThat(find("UNSCR 187")).allMatch(c -> c.startsWith("S/RES/1874")).hasSize(3);
    }

    @Test
    void words_that_match_no_label_are_looked_up_in_the_summary() {
        assertThat(find("1718 committee")).containsExactly("S/RES/1718 (2006) OP12");
        assertThat(find("battle tanks")).containsExactly("S/RES/1718 (2006) OP8(a)(i)", "S/RES/1747 (2007) OP6", "S/RES/1929 (2010) OP8");
    }

    @Test
    void a_blank_query_offers_everything_in_the_given_order_and_nonsense_offers_nothing() {
        assertThat(ProvisionSearch.rank(DEMO, "")).isEqualTo(DEMO);
        assertThat(ProvisionSearch.rank(DEMO, null)).isEqualTo(DEMO);
        assertThat(find("1718 OP99")).isEmpty();
        assertThat(find("zzz")).isEmpty();
    }

    /** The demo dataset's provisions, in the order the service lists them (adoption date, number, entry order). */
    private static List<ProvisionOption> demoProvisions() {
        try (InputStream in = ProvisionSearchTest.class.getResourceAsStream("/demo/demo-dataset.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            record Entry(LocalDate adopted, int number, int order, ProvisionOption option) {
            }
            List<Entry> entries = new ArrayList<>();
            long id = 1;
            for (JsonNode resolution : root.get("resolutions")) {
                int number = resolution.get("number").asInt();
                LocalDate adopted = LocalDate.parse(resolution.get("adoptedOn").asString());
                for (JsonNode provision : resolution.get("provisions")) {
                    String label = provision.get("label").asString();
                    entries.add(new Entry(adopted, number, entries.size(), new ProvisionOption(id++, number, label,
                            Labels.provision(number, adopted, label), provision.get("summary").asString(), Verification.VERIFIED)));
                }
            }
            return entries.stream().sorted(java.util.Comparator.comparing(Entry::adopted).thenComparingInt(Entry::number)
                    .thenComparingInt(Entry::order)).map(Entry::option).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
