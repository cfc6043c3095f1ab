package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void languages_written_right_to_left_are_laid_out_right_to_left() {
        for (String language : new String[] {"ar", "fa", "fa-IR", "he", "ur", "ps", "ckb", "yi", "dv", "ar-EG", "az-Arab"}) {
            assertThat(Texts.direction(language)).as(language).isEqualTo("rtl");
        }
    }

    @Test
    void other_languages_are_left_to_right_and_an_unknown_language_goes_by_the_text_itself() {
        for (String language : new String[] {"en", "id", "ko-KR", "ru", "ku-Latn", "uz-Cyrl"}) {
            assertThat(Texts.direction(language)).as(language).isEqualTo("ltr");
        }
        assertThat(Texts.direction(null)).isEqualTo("auto");
        assertThat(Texts.direction(" ")).isEqualTo("auto");
    }

    @Test
    void text_in_a_language_carries_that_language_and_its_direction() {
        Paragraph persian = Texts.inLanguage("ایران هرگونه ارسال پهپاد به روسیه را رد کرد.", "fa", "excerpt");
        Paragraph unknown = Texts.inLanguage("…", null, "quote");

        assertThat(persian.getElement().getAttribute("lang")).isEqualTo("fa");
        assertThat(persian.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(unknown.getElement().hasAttribute("lang")).isFalse();
        assertThat(unknown.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    @Test
    void titles_in_links_and_facts_take_the_direction_of_their_own_text() {
        assertThat(Texts.appLink("نشست تهران و مسکو", "incidents/1").getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(Texts.fact("Place", "طهران").getChildren().skip(1).findFirst().orElseThrow().getElement().getAttribute("dir"))
                .isEqualTo("auto");
    }
}
