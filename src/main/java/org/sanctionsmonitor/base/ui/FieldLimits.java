package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Tells editors how long a text may be before they reach the limit ("Up to 300 characters."), read from the
 * {@code @Size} rule of the property the field edits, so the form always says what the validation enforces. Fields
 * never cut what is typed (no {@code maxlength}): over-long text is refused with the rule's worded message instead.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** The longest text the {@code @Size} rule of this property allows, if it has one. */
    public static OptionalInt max(Class<?> type, String property) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    Size size = field.getAnnotation(Size.class);
                    return size == null || size.max() == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(size.max());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "Up to 20,000 characters." */
    public static String describe(int max) {
        return String.format(Locale.ENGLISH, "Up to %,d characters.", max);
    }

    /** Adds the property's limit to the field's helper text, after what the helper says already. */
    public static <F extends HasHelper> F show(F field, Class<?> type, String property) {
        max(type, property).ifPresent(max -> {
            String helper = field.getHelperText();
            String limit = describe(max);
            if (helper == null || helper.isBlank()) {
                field.setHelperText(limit);
            } else if (!helper.contains(limit)) {
                field.setHelperText(helper + " " + limit);
            }
        });
        return field;
    }

    /** Shows the limit of every property of {@code type} that has one at the field the binder bound to it by name. */
    public static void showAll(Binder<?> binder, Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field property : c.getDeclaredFields()) {
                if (property.isAnnotationPresent(Size.class)) {
                    binder.getBinding(property.getName()).map(Binder.Binding::getField)
                            .filter(HasHelper.class::isInstance).map(HasHelper.class::cast)
                            .ifPresent(field -> show(field, type, property.getName()));
                }
            }
        }
    }
}
