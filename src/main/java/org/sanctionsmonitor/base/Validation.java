package org.sanctionsmonitor.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Server-side validation, the authority every entry path (form, import, API) passes through. */
public final class Validation {

    private Validation() {
    }

    /**
     * Validates {@code value}, whose class must carry {@link FieldRules} (so that its texts and dates are checked to be
     * storable as well as its own rules); fails with a {@code ConstraintViolationException} naming every problem.
     */
    public static <T> void check(Validator validator, T value) {
        if (!value.getClass().isAnnotationPresent(FieldRules.class)) {
            throw new IllegalArgumentException(value.getClass().getName() + " needs @FieldRules, so that its texts and dates"
                    + " are checked to be storable before it is saved");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
