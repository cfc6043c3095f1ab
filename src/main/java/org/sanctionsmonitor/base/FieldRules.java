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

    /** Turns broken rules into constraint violations at their properties. */
    class RulesValidator implements ConstraintValidator<FieldRules, Checked> {

        @Override
        public boolean isValid(Checked value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean[] valid = {true};
            context.disableDefaultConstraintViolation();
            value.check((property, holds, message) -> {
                if (!holds) {
                    valid[0] = false;
                    context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(property).addConstraintViolation();
                }
            });
            return valid[0];
        }

        /** Messages are plain text, never message templates. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
