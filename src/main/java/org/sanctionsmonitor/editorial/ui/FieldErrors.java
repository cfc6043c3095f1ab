package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.FieldException;

/**
 * Shows the server's validation messages next to the fields they concern. A message names a property of the form's
 * data (the first node of its path: "title", "parties[0].role" → "parties"); the field is the one the binder bound
 * to that property name, or one given with {@link #map}. A message for no field is shown as a notification, so that
 * nothing is lost.
 */
public class FieldErrors {

    private final Binder<?> binder;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Notification notice;

    public FieldErrors(Binder<?> binder) {
        this.binder = binder;
    }

    /** The field for a property the binder did not bind by name (e.g. one bound with a getter and a setter). */
    public FieldErrors map(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    /** The field that shows messages about this property, if any. */
    public Optional<HasValidation> field(String property) {
        if (fields.containsKey(property)) {
            return Optional.of(fields.get(property));
        }
        return binder.getBinding(property).map(binding -> binding.getField())
                .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
    }

    /** Closes the "Not saved" notice of an earlier refused save, so that it never stands beside a later "Saved". */
    public void dismissNotice() {
        if (notice != null) {
            notice.close();
            notice = null;
        }
    }

    public void clear() {
        fields.values().forEach(FieldErrors::reset);
        binder.getFields().filter(HasValidation.class::isInstance).map(HasValidation.class::cast).forEach(FieldErrors::reset);
    }

    /** One refused field, e.g. a duplicate URL. */
    public void show(FieldException exception) {
        clear();
        field(exception.field()).ifPresent(field -> {
            field.setErrorMessage(exception.getMessage());
            field.setInvalid(true);
        });
        notice("Not saved: " + exception.getMessage());
    }

    public void show(ConstraintViolationException exception) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String property = violation.getPropertyPath().iterator().next().getName();
            Optional<HasValidation> field = property == null ? Optional.empty() : field(property);
            if (field.isEmpty()) {
                unplaced.append(violation.getMessage()).append(' ');
            } else {
                HasValidation target = field.get();
                target.setErrorMessage(target.isInvalid() ? target.getErrorMessage() + " " + violation.getMessage() : violation.getMessage());
                target.setInvalid(true);
            }
        }
        notice(unplaced.isEmpty()
                ? "Not saved: please correct the marked fields. Nothing you typed is lost."
                : "Not saved: " + unplaced.toString().trim());
    }

    /** A save the database could not take: the fields are fine, so none is marked. */
    public void showUnavailable(String text) {
        notice(text, 15000); // longer: the editor must not leave thinking it saved
    }

    private void notice(String text) {
        notice(text, 6000);
    }

    private void notice(String text, int duration) {
        dismissNotice();
        notice = Notification.show(text, duration, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void reset(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
