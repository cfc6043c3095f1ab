package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class SourceEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_editor_adds_a_source_with_its_original_beside_a_machine_translation() {
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.outlet).setValue("Kommersant");
        test(view.url).setValue("https://www.kommersant.ru/doc/0000001");
        view.language.setValue("ru");
        test(view.titleOriginal).setValue("Поставки снарядов из КНДР");
        test(view.titleTranslation).setValue("Shell deliveries from the DPRK");
        test(view.translatedBy).setValue("DeepL");
        view.translationMethod.setValue(org.sanctionsmonitor.source.TranslationMethod.MACHINE);

        test(view.save).click();

        assertThat(Navigation.currentView()).isInstanceOf(SourceView.class);
        assertThat(jdbc.sql("SELECT translation_method FROM source WHERE outlet = 'Kommersant'").query(String.class).single())
                .isEqualTo("MACHINE");
    }

    @Test
    void a_duplicate_address_is_named_at_the_url_field_and_nothing_typed_is_lost() {
        String existing = jdbc.sql("SELECT url FROM source WHERE language = 'id'").query(String.class).single();
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.outlet).setValue("Another copy");
        test(view.url).setValue(existing);
        test(view.titleOriginal).setValue("Judul yang diketik");

        test(view.save).click();

        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("Another source already has this address");
        assertThat(view.titleOriginal.getValue()).isEqualTo("Judul yang diketik");
        assertThat(view.outlet.getValue()).isEqualTo("Another copy");
    }

    @Test
    void a_translation_without_saying_who_made_it_is_refused_at_that_field() {
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.outlet).setValue("Kommersant");
        test(view.url).setValue("https://www.kommersant.ru/doc/0000002");
        view.language.setValue("ru");
        test(view.titleOriginal).setValue("Заголовок");
        test(view.titleTranslation).setValue("Headline");

        test(view.save).click();

        assertThat(view.translationMethod.isInvalid()).isTrue();
        assertThat(view.translationMethod.getErrorMessage()).contains("by a person or a machine");
    }
}
