package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.StatementData;
import org.junit.jupiter.api.Test;

/**
 * Every validation rule on a field of the application speaks to the editor in words ("Keep the title to 300
 * characters or fewer."), never with Bean Validation's generic "size must be between 0 and 1000".
 */
class ValidationMessagesTest {

    /** Every class of the application with a validation rule on one of its fields, nested records included. */
    private static final List<Class<?>> VALIDATED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sanctionsmonitor").stream()
            .map(JavaClass::reflect)
            .filter(type -> constraints(type).findAny().isPresent())
            .toList();

    @Test
    void the_form_data_of_every_editor_and_their_rows_are_checked() {
        assertThat(VALIDATED).contains(IncidentData.class, IncidentData.ProvisionData.class, IncidentData.SourceData.class,
                SourceData.class, StatementData.class, ActorData.class, ResolutionData.class, ResolutionData.ProvisionData.class,
                ResolutionData.PeriodData.class, ResolutionData.RegimeData.class);
    }

    @Test
    void every_validation_rule_on_a_field_has_a_worded_message() {
        List<String> generic = new ArrayList<>();
        for (Class<?> type : VALIDATED) {
            constraints(type).forEach(rule -> {
                String message = message(rule.annotation());
                if (message.isBlank() || message.startsWith("{")) {
                    generic.add(type.getSimpleName() + "." + rule.field().getName() + " @" + rule.annotation().annotationType().getSimpleName());
                }
            });
        }
        assertThat(generic).as("rules that would show Bean Validation's generic message").isEmpty();
    }

    @Test
    void every_length_limit_names_its_number_as_the_field_shows_it() {
        List<String> unnamed = new ArrayList<>();
        for (Class<?> type : VALIDATED) {
            constraints(type).filter(rule -> rule.annotation() instanceof Size).forEach(rule -> {
                Size size = (Size) rule.annotation();
                String limit = String.format(Locale.ENGLISH, "%,d", size.max());
                if (!size.message().contains(" " + limit + " characters")) {
                    unnamed.add(type.getSimpleName() + "." + rule.field().getName() + ": " + size.message() + " (limit " + limit + ")");
                }
            });
        }
        assertThat(unnamed).isEmpty();
    }

    private record Rule(Field field, Annotation annotation) {
    }

    private static java.util.stream.Stream<Rule> constraints(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .flatMap(field -> java.util.Arrays.stream(field.getAnnotations()).map(a -> new Rule(field, a)))
                .filter(rule -> rule.annotation().annotationType().isAnnotationPresent(Constraint.class));
    }

    private static String message(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("message").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
