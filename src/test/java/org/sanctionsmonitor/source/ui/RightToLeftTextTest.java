package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.source.TranslationMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Sources in Arabic and Persian are laid out right to left, on their page and in the library's grid. */
@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class RightToLeftTextTest extends SpringBrowserlessTest {

    static final String ARABIC_TITLE = "إيران تنفي إرسال طائرات مسيّرة إلى روسيا.";
    static final String ARABIC_EXCERPT = "قال المتحدث باسم وزارة الخارجية إن هذه الاتهامات لا أساس لها.";
    static final String PERSIAN_TITLE = "سخنگوی وزارت خارجه: ایران پهپادی به روسیه نفرستاده است.";

    @Autowired
    TestData testData;

    @Test
    void an_arabic_sources_title_and_excerpt_read_right_to_left_beside_an_english_translation() {
        long id = testData.draftSource("Al Arabiya", "https://www.alarabiya.net/test/rtl-source", ARABIC_TITLE, data -> {
            data.setLanguage("ar");
            data.setExcerptOriginal(ARABIC_EXCERPT);
            data.setTitleTranslation("Iran denies sending drones to Russia.");
            data.setTranslatedBy("Sanctions Monitor editors");
            data.setTranslationMethod(TranslationMethod.HUMAN);
        });

        Navigation.open("sources/" + id, SourceView.class);

        H1 heading = $(H1.class).single();
        assertThat(heading.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(heading.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(paragraph(ARABIC_TITLE).getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(paragraph(ARABIC_EXCERPT).getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(paragraph("Iran denies sending drones to Russia.").getElement().getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void a_persian_title_in_the_source_library_takes_its_own_direction() {
        testData.draftSource("BBC Persian", "https://www.bbc.com/persian/test-rtl", PERSIAN_TITLE, data -> data.setLanguage("fa"));

        SourceListView view = Navigation.open("sources?language=fa", SourceListView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        int title = java.util.stream.IntStream.range(0, view.grid.getColumns().size())
                .filter(i -> "Title".equals(test(view.grid).getHeaderCell(i))).findFirst().orElseThrow();
        Component cell = test(view.grid).getCellComponent(0, title);
        assertThat(cell.getElement().getText()).isEqualTo(PERSIAN_TITLE);
        assertThat(cell.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    private Paragraph paragraph(String text) {
        return $(Paragraph.class).all().stream().filter(p -> text.equals(p.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph says " + text));
    }
}
