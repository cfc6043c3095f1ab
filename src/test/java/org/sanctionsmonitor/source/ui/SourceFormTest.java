package org.sanctionsmonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.source.SourceData;

/** The source form on its own: its limits are shown, and an over-long text is refused in the form's words. */
class SourceFormTest {

    private final SourceForm form = new SourceForm(List.of());
    private final List<SourceData> saved = new ArrayList<>();

    SourceFormTest() {
        form.addSaveListener(e -> saved.add(form.data()));
        SourceData data = new SourceData();
        data.setOutlet("Al Arabiya");
        data.setUrl("https://www.alarabiya.net/news/1");
        data.setTitleOriginal("Iran denies sending drones");
        form.edit(data);
    }

    @Test
    void an_over_long_title_is_refused_in_words_not_with_a_generic_size_message() {
        form.titleOriginal.setValue("x".repeat(1001));
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.titleOriginal.getValue()).hasSize(1001);
        assertThat(form.titleOriginal.getErrorMessage()).isEqualTo("Keep the title to 1,000 characters or fewer.")
                .doesNotContain("size must be");
    }

    @Test
    void every_limited_field_shows_its_limit() {
        assertThat(form.titleOriginal.getHelperText()).isEqualTo("Up to 1,000 characters.");
        assertThat(form.excerptOriginal.getHelperText()).isEqualTo("Up to 50,000 characters.");
        assertThat(form.url.getHelperText()).isEqualTo("Up to 2,000 characters.");
        assertThat(form.originatingOutlet.getHelperText())
                .isEqualTo("Where a republication copies another outlet, name the original. Up to 300 characters.");
        assertThat(form.notes.getHelperText()).isEqualTo("Up to 20,000 characters.");
    }
}
