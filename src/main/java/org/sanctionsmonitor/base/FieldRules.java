package org.sanctionsmonitor.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Rules that look at several fields at once (date order, "a supplier or a recipient"), each reported at the property
 * the user must correct, so that forms show the message next to that field. Put it on a class that implements
 * {@link Checked}; Bean Validation then runs {@link Checked#check} with every other constraint.
 * <p>
 * It also checks every text and date of the object, on every class that carries it (a class without rules of its own
 * need not implement {@link Checked}): a text the database cannot keep as typed (a NUL character, a broken emoji) or a
 * date outside the app's range is reported at its property ({@link Storable}). {@link Validation#check} takes only
 * classes that carry it, so every entry path (form, import, API) gets these checks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FieldRules.RulesValidator.class)
public @interface FieldRules {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A class with rules across fields. */
    interface Checked {

        /** Calls {@link Report#require} once for every rule, whether it holds or not. */
        void check(Report report);

        /** Every property this object's rules can report at, e.g. for a test that each one has a field in its form. */
        static Set<String> properties(Checked checked) {
            Set<String> properties = new LinkedHashSet<>();
            checked.check((property, holds, message) -> properties.add(property));
            return properties;
        }
    }

    /** Collects the broken rules of one check. */
    interface Report {

        /** Reports {@code message} at {@code property} unless {@code holds}. */
        void require(String property, boolean holds, String message);
    }

    /** Turns unstorable values and broken rules into constraint violations at their properties. */
    class RulesValidator implements ConstraintValidator<FieldRules, Object> {

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean[] valid = {true};
            context.disableDefaultConstraintViolation();
            Report report = (property, holds, message) -> {
                if (!holds) {
                    valid[0] = false;
                    context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(property).addConstraintViolation();
                }
            };
            Set<String> reported = new LinkedHashSet<>();
            Storable.forEachValue(value, (property, field) -> {
                String problem = field instanceof String text ? Storable.problem(text) : Storable.problem((java.time.LocalDate) field);
                if (problem != null && reported.add(property + problem)) {
                    report.require(property, false, problem);
                }
            });
            if (value instanceof Checked checked) {
                checked.check(report);
            }
            return valid[0];
        }

        /** Messages are plain text, never message templates. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
