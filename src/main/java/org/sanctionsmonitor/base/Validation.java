package org.sanctionsmonitor.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Server-side validation, the authority every entry path (form, import, API) passes through. */
public final class Validation {

    private Validation() {
    }

    public static <T> void check(Validator validator, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
