package org.sanctionsmonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsmonitor.AppTest;
import org.springframework.data.domain.PageRequest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class SourceServiceTest {

    @Autowired
    SourceService sources;

    @Autowired
    JdbcClient jdbc;

    static SourceData valid() {
        SourceData data = new SourceData();
        data.setOutlet("Yonhap");
        data.setUrl("https://en.yna.co.kr/view/AEN20251104000000315");
        data.setLanguage("ko");
        data.setPublishedOn(LocalDate.of(2025, 11, 4));
        data.setTitleOriginal("북한, 러시아에 포탄 추가 운송");
        data.setTitleTranslation("North Korea ships more shells to Russia");
        data.setTranslatedBy("editor");
        data.setTranslationMethod(TranslationMethod.HUMAN);
        data.setReliability(Reliability.B);
        return data;
    }

    @Test
    void a_source_is_saved_with_its_original_and_translation_as_a_draft() {
        long id = sources.save(valid());

        var row = jdbc.sql("SELECT language, title_original, title_translation, translation_method, workflow_state FROM source WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("language", "ko").containsEntry("title_original", "북한, 러시아에 포탄 추가 운송")
                .containsEntry("translation_method", "HUMAN").containsEntry("workflow_state", "DRAFT");
    }

    static Stream<Arguments> invalid_entries() {
        return Stream.of(
                Arguments.of("outlet", (Consumer<SourceData>) d -> d.setOutlet(""), "Name the outlet"),
                Arguments.of("url", (Consumer<SourceData>) d -> d.setUrl("javascript:alert(1)"), "starting with http"),
                Arguments.of("url", (Consumer<SourceData>) d -> d.setUrl(" "), "Give the web address"),
                Arguments.of("language", (Consumer<SourceData>) d -> d.setLanguage("Korean"), "Use a language code"),
                Arguments.of("titleOriginal", (Consumer<SourceData>) d -> d.setTitleOriginal(null), "Give the title in the original language."),
                Arguments.of("type", (Consumer<SourceData>) d -> d.setType(null), "Choose the type of source."),
                Arguments.of("reliability", (Consumer<SourceData>) d -> d.setReliability(null), "Rate the reliability"),
                Arguments.of("archivedUrl", (Consumer<SourceData>) d -> d.setArchivedUrl("ftp://x"), "starting with http"),
                Arguments.of("translationMethod", (Consumer<SourceData>) d -> d.setTranslationMethod(null),
                        "by a person or a machine"),
                Arguments.of("retrievedOn", (Consumer<SourceData>) d -> d.setRetrievedOn(LocalDate.of(2025, 11, 1)),
                        "cannot have been retrieved before it was published"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalid_entries")
    void each_validation_rule_rejects_bad_input_with_a_message_for_its_field(String property, Consumer<SourceData> breakIt,
            String message) {
        SourceData data = valid();
        breakIt.accept(data);

        assertThatThrownBy(() -> sources.save(data))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .anySatisfy(v -> {
                            assertThat(v.getPropertyPath().iterator().next().getName()).isEqualTo(property);
                            assertThat(v.getMessage()).contains(message);
                        }));
    }

    @Test
    void a_url_already_in_the_library_is_refused_and_named() {
        SourceData data = valid();
        data.setUrl(jdbc.sql("SELECT url FROM source WHERE language = 'id'").query(String.class).single());

        assertThatThrownBy(() -> sources.save(data)).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.getMessage()).contains("idnewszone.com");
        });
    }

    @Test
    void a_concurrent_edit_is_reported_with_the_saved_version() {
        long id = sources.save(valid());
        SourceData first = sources.edit(id).orElseThrow();
        SourceData second = sources.edit(id).orElseThrow();
        first.setOutlet("Yonhap News Agency");
        try (SignedIn other = SignedIn.as("editor2", Role.EDITOR)) {
            sources.save(first);
        }
        second.setNotes("My note");

        assertThatThrownBy(() -> sources.save(second)).isInstanceOfSatisfying(EditConflictException.class,
                e -> assertThat(((SourceData) e.current()).getOutlet()).isEqualTo("Yonhap News Agency"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_write_sources() {
        assertThatThrownBy(() -> sources.save(valid())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.edit(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.options("", 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_library_is_filtered_by_language_and_readers_never_see_a_draft() {
        long draft = sources.save(valid());
        SourceFilter korean = new SourceFilter(null, "ko", null);
        SourceFilter indonesian = new SourceFilter(null, "id", null);

        assertThat(sources.list(korean, PageRequest.of(0, 50))).extracting(SourceRow::id).contains(draft);
        assertThat(sources.list(indonesian, PageRequest.of(0, 50))).singleElement()
                .satisfies(row -> assertThat(row.titleOriginal()).startsWith("Sekutu memperingatkan Rusia"));
        assertThat(sources.count(indonesian)).isEqualTo(1);
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(sources.list(korean, PageRequest.of(0, 50))).extracting(SourceRow::id).doesNotContain(draft);
            assertThat(sources.details(draft)).isEmpty();
        }
    }
}
