package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class SourceGuideViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Test
    void the_guide_explains_every_reliability_grade_and_every_type() {
        SourceGuideView view = Navigation.open("sources/guide", SourceGuideView.class);

        String text = view.getElement().getTextRecursively();
        for (Reliability grade : Reliability.values()) {
            assertThat(text).contains(grade.label() + ": " + grade.meaning());
        }
        for (SourceType type : SourceType.values()) {
            assertThat(text).contains(type.label() + ": " + type.description());
        }
        assertThat(text).contains("five sites republishing one Reuters story are one origin");
    }

    @Test
    void a_machine_translation_is_marked_on_the_source_page_with_who_made_it_and_its_review() {
        long id = data.draftSource("Kommersant", "https://www.kommersant.ru/doc/42", "Поставки снарядов", source -> {
            source.setLanguage("ru");
            source.setTitleTranslation("Shell deliveries");
            source.setTranslatedBy("DeepL");
            source.setTranslationMethod(TranslationMethod.MACHINE);
            source.setTranslatedOn(java.time.LocalDate.of(2024, 10, 3));
        });
        CurrentUser.runAs("test-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(Source.TYPE, id);
            return id;
        });

        SourceView view = Navigation.open("sources/" + id, SourceView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Machine translation, not reviewed",
                "DeepL (machine translation), 3 Oct 2024; not reviewed by a person");
    }
}
