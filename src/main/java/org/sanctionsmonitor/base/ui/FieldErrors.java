package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the server's validation messages next to the fields they concern. Properties are matched by the first
 * node of the violation's path ("title", "parties[0].role" → "parties"); a message for no known field is shown as a
 * notification so that nothing is lost.
 */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors map(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** One refused field, e.g. a duplicate URL. */
    public void show(org.sanctionsmonitor.base.FieldException exception) {
        clear();
        HasValidation field = fields.get(exception.field());
        if (field != null) {
            field.setErrorMessage(exception.getMessage());
            field.setInvalid(true);
        }
        Notification.show("Not saved: " + exception.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public void show(ConstraintViolationException exception) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String property = violation.getPropertyPath().iterator().next().getName();
            HasValidation field = fields.get(property);
            if (field == null) {
                unplaced.append(violation.getMessage()).append(' ');
            } else {
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + " " + violation.getMessage() : violation.getMessage());
                field.setInvalid(true);
            }
        }
        Notification notification = Notification.show(unplaced.isEmpty()
                ? "Not saved: please correct the marked fields. Nothing you typed is lost."
                : "Not saved: " + unplaced.toString().trim(), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
