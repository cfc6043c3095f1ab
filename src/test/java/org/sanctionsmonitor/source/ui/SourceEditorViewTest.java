package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.base.FieldRules;
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
        test(view.form.outlet).setValue("Kommersant");
        test(view.form.url).setValue("https://www.kommersant.ru/doc/0000001");
        view.form.language.setValue("ru");
        test(view.form.titleOriginal).setValue("Поставки снарядов из КНДР");
        test(view.form.titleTranslation).setValue("Shell deliveries from the DPRK");
        test(view.form.translatedBy).setValue("DeepL");
        view.form.translationMethod.setValue(org.sanctionsmonitor.source.TranslationMethod.MACHINE);

        test(view.form.save).click();

        assertThat(Navigation.currentView()).isInstanceOf(SourceView.class);
        assertThat(jdbc.sql("SELECT translation_method FROM source WHERE outlet = 'Kommersant'").query(String.class).single())
                .isEqualTo("MACHINE");
    }

    @Test
    void a_duplicate_address_is_named_at_the_url_field_and_nothing_typed_is_lost() {
        String existing = jdbc.sql("SELECT url FROM source WHERE language = 'id'").query(String.class).single();
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.form.outlet).setValue("Another copy");
        test(view.form.url).setValue(existing);
        test(view.form.titleOriginal).setValue("Judul yang diketik");

        test(view.form.save).click();

        assertThat(view.form.url.isInvalid()).isTrue();
        assertThat(view.form.url.getErrorMessage()).contains("Another source already has this address");
        assertThat(view.form.titleOriginal.getValue()).isEqualTo("Judul yang diketik");
        assertThat(view.form.outlet.getValue()).isEqualTo("Another copy");
    }

    @Test
    void a_refused_save_followed_by_a_successful_one_leaves_only_the_saved_notice() {
        String existing = jdbc.sql("SELECT url FROM source WHERE language = 'id'").query(String.class).single();
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.form.outlet).setValue("Another copy");
        test(view.form.url).setValue(existing);
        test(view.form.titleOriginal).setValue("Judul yang diketik");
        test(view.form.save).click();
        assertThat(openNotices()).singleElement().asString().startsWith("Not saved");

        test(view.form.url).setValue("https://example.org/another-copy");
        test(view.form.save).click();

        assertThat(Navigation.currentView()).isInstanceOf(SourceView.class);
        assertThat(openNotices()).singleElement().asString().startsWith("Saved.");
    }

    private java.util.List<String> openNotices() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText()).toList();
    }

    @Test
    void a_translation_without_saying_who_made_it_is_refused_at_that_field() {
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);
        test(view.form.outlet).setValue("Kommersant");
        test(view.form.url).setValue("https://www.kommersant.ru/doc/0000002");
        view.form.language.setValue("ru");
        test(view.form.titleOriginal).setValue("Заголовок");
        test(view.form.titleTranslation).setValue("Headline");

        test(view.form.save).click();

        assertThat(view.form.translationMethod.isInvalid()).isTrue();
        assertThat(view.form.translationMethod.getErrorMessage()).contains("by a person or a machine");
    }

    @Test
    void every_rule_across_fields_is_shown_at_a_field_of_the_form() {
        SourceEditorView view = Navigation.open("sources/new", SourceEditorView.class);

        for (String property : FieldRules.Checked.properties(new SourceData())) {
            assertThat(view.form.errors().field(property)).as("the field for messages about '%s'", property).isPresent();
        }
    }
}
