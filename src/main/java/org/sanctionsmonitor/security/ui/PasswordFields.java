package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.sanctionsmonitor.security.UserService;

/** A password with its confirmation. Only the match is checked here; the service owns the password rules. */
final class PasswordFields {

    final PasswordField password = new PasswordField("Password");
    final PasswordField confirm = new PasswordField("Confirm password");

    PasswordFields(String label) {
        password.setLabel(label);
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters.");
        password.setRequiredIndicatorVisible(true);
        confirm.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
    }

    /** Marks the confirmation field when it differs and says whether the two match. */
    boolean match() {
        boolean match = password.getValue().equals(confirm.getValue());
        confirm.setErrorMessage(match ? null : "The two passwords differ.");
        confirm.setInvalid(!match);
        return match;
    }

    void showError(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }

    void clearErrors() {
        password.setInvalid(false);
        password.setErrorMessage(null);
        confirm.setInvalid(false);
        confirm.setErrorMessage(null);
    }
}
