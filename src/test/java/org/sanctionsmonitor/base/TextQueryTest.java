package org.sanctionsmonitor.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How typed words become a full-text query: only letters and digits reach its syntax, each word a prefix. */
class TextQueryTest {

    @Test
    void words_become_prefixes_that_must_all_occur_and_numbers_match_whole() {
        assertThat(TextQuery.parse("Kim Yo-jong").tsquery()).isEqualTo("kim:* & yo:* & jong:*");
        assertThat(TextQuery.parse("S/RES/1718 OP8(b)").tsquery()).isEqualTo("s & res:* & 1718 & (op8:* | (op:* & 8)) & b");
        assertThat(TextQuery.parse("Shahed-136").tsquery()).isEqualTo("shahed:* & 136");
        assertThat(TextQuery.parse("shahed136").tsquery()).isEqualTo("(shahed136:* | (shahed:* & 136))");
        assertThat(TextQuery.parse("1718 OP8").tsqueryAny()).isEqualTo("1718 | (op8:* | (op:* & 8))");
        assertThat(TextQuery.parse("Kim").tsqueryOfWeight("A")).isEqualTo("kim:*A");
        assertThat(TextQuery.wholeWords(TextQuery.parse("Kim Yo-jong").tsqueryOfWeight("A"))).isEqualTo("kim:A & yo:A & jong:A");
        assertThat(TextQuery.wholeWords(TextQuery.parse("shahed136").tsquery())).isEqualTo("(shahed136 | (shahed & 136))");
    }

    @Test
    void scripts_choose_the_stemming_languages_and_hangul_has_none() {
        assertThat(TextQuery.parse("снаряды").configs()).containsExactly("russian", "serbian");
        assertThat(TextQuery.parse("الطائرات").configs()).containsExactly("arabic");
        assertThat(TextQuery.parse("김여정").configs()).isEmpty();
        assertThat(TextQuery.parse("drones").configs()).contains("english", "indonesian");
        assertThat(TextQuery.parse("김여정").sql("q")).isEqualTo("(to_tsquery('simple', search_fold(:q)))");
    }

    @Test
    void the_persian_zero_width_non_joiner_separates_words_as_the_index_does() {
        assertThat(TextQuery.parse("می\u200Cگوید").terms()).containsExactly("می", "گوید");
    }

    @Test
    void nothing_typed_can_change_the_query_syntax() {
        TextQuery query = TextQuery.parse("a' | b & !c <-> d:* (e)");
        assertThat(query.terms()).containsExactly("a", "b", "c", "d", "e");
        assertThat(query.tsquery()).matches("[a-z:* &|()]+");
    }

    @Test
    void a_search_without_words_too_long_or_with_too_many_words_is_refused_in_words() {
        assertThatThrownBy(() -> TextQuery.parse(" -- ")).hasMessage("Type a word, a name or a number to search for.");
        assertThatThrownBy(() -> TextQuery.parse("x".repeat(201))).hasMessage("Keep the search to 200 characters or fewer.");
        assertThatThrownBy(() -> TextQuery.parse("a b c d e f g h i j k l m")).hasMessage("Search for 12 words at most.");
        assertThat(TextQuery.tryParse("!!")).isEmpty();
    }
}
