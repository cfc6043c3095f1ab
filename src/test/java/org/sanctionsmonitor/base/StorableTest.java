package org.sanctionsmonitor.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentTestData;

/** Text and dates the database cannot keep as typed are refused at their fields, by every class that carries FieldRules. */
class StorableTest {

    static final jakarta.validation.ValidatorFactory FACTORY = jakarta.validation.Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void a_nul_character_or_half_an_emoji_is_named_and_everything_else_is_storable() {
        assertThat(Storable.problem("before\u0000after")).contains("NUL character (U+0000)");
        assertThat(Storable.problem("half \uD83D here")).contains("broken character", "U+D83D");
        assertThat(Storable.problem("\uDCA3 low half first")).contains("U+DCA3");
        assertThat(Storable.problem("💣 <b>x</b> ' OR 1=1 -- إيران 朝鲜 \t\n")).isNull();
        assertThat(Storable.problem((String) null)).isNull();
    }

    @Test
    void dates_are_taken_from_1900_to_2199() {
        assertThat(Storable.problem(LocalDate.of(1900, 1, 1))).isNull();
        assertThat(Storable.problem(LocalDate.of(2199, 12, 31))).isNull();
        assertThat(Storable.problem(LocalDate.of(1899, 12, 31))).isEqualTo("Give a date between 1900 and 2199.");
        assertThat(Storable.problem(LocalDate.MAX)).isEqualTo("Give a date between 1900 and 2199.");
    }

    @Test
    void a_form_reports_each_unstorable_value_at_its_own_property_nested_lists_included() {
        IncidentData data = IncidentTestData.valid();
        data.setPlace("Rajin\u0000");
        data.setDateTo(LocalDate.of(9999, 1, 1));
        data.setSources(List.of(new IncidentData.SourceData(1L, null, "quote \uD83D", null)));

        Set<ConstraintViolation<IncidentData>> violations = VALIDATOR.validate(data);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage()).containsExactlyInAnyOrder(
                "place: " + Storable.problem("\u0000"),
                "dateTo: Give a date between 1900 and 2199.",
                "sources: " + Storable.problem("\uD83D"));
    }

    @Test
    void validation_takes_only_classes_that_carry_the_checks() {
        assertThatThrownBy(() -> Validation.check(VALIDATOR, new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs @FieldRules");
        IncidentData data = IncidentTestData.valid();
        data.setTitle("A title\u0000");
        assertThatThrownBy(() -> Validation.check(VALIDATOR, data)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title");
    }
}
