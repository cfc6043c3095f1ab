package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserAdminException;

/**
 * The "New user" form. It knows nothing of services: Create hands the typed values to the view, which calls the
 * service and, when a rule is broken, shows the message next to its field with {@link #showError}. Nothing typed
 * is cleared by a failed save. Enter creates, Escape cancels.
 */
class NewUserDialog extends Dialog {

    /** What the admin typed. */
    record NewUser(String username, String displayName, Role role, String password) {
    }

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final PasswordFields passwords = new PasswordFields("Initial password");
    final Paragraph error = new Paragraph();
    final Button create = new Button("Create");
    final Button cancel = new Button("Cancel", event -> close());

    NewUserDialog(Consumer<NewUser> onCreate) {
        setHeaderTitle("New user");
        setCloseOnOutsideClick(false); // a stray click must not discard what was typed
        setCloseOnEsc(true);

        username.setHelperText("3–64 characters: a–z, 0–9, dot, underscore, hyphen. Used to sign in.");
        username.setRequiredIndicatorVisible(true);
        username.setAutofocus(true);
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleLabels::label);
        role.setValue(Role.VIEWER);
        role.setHelperText(RoleLabels.helper(Role.VIEWER));
        role.addValueChangeListener(event -> role.setHelperText(event.getValue() == null ? null : RoleLabels.helper(event.getValue())));
        error.addClassName("warning");
        error.setVisible(false);

        FormLayout form = new FormLayout(username, displayName, role, passwords.password, passwords.confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        // Enter on a focused footer button activates only that button (Cancel must not create)
        Shortcuts.addShortcutListener(this, () -> { }, Key.ENTER).listenOn(cancel, create).allowBrowserDefault();
        create.addClickListener(event -> {
            clearErrors();
            if (passwords.match()) {
                onCreate.accept(new NewUser(username.getValue(), displayName.getValue(), role.getValue(), passwords.password.getValue()));
            }
        });
        getFooter().add(cancel, create);
        setWidth("28rem");
    }

    /** Shows a rule the service enforced next to the field it concerns, or above the form for the request as a whole. */
    void showError(UserAdminException e) {
        if (e.field() == null) {
            error.setText(e.getMessage());
            error.setVisible(true);
            return;
        }
        switch (e.field()) {
            case USERNAME -> invalid(username, e.getMessage());
            case DISPLAY_NAME -> invalid(displayName, e.getMessage());
            case ROLE -> {
                role.setErrorMessage(e.getMessage());
                role.setInvalid(true);
            }
            case PASSWORD -> passwords.showError(e.getMessage());
        }
    }

    private void clearErrors() {
        error.setVisible(false);
        error.setText("");
        for (TextField field : new TextField[] {username, displayName}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        role.setInvalid(false);
        role.setErrorMessage(null);
        passwords.clearErrors();
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
