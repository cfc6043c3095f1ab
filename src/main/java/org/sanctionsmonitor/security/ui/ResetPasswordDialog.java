package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/** An admin sets a new password for someone. Enter saves, Escape cancels; a failed save keeps what was typed. */
class ResetPasswordDialog extends Dialog {

    final PasswordFields passwords = new PasswordFields("New password");
    final Button save = new Button("Set password");
    final Button cancel = new Button("Cancel", event -> close());

    ResetPasswordDialog(String username, Consumer<String> onSave) {
        setHeaderTitle("Reset password");
        setCloseOnOutsideClick(false);
        passwords.password.setAutofocus(true);
        Paragraph intro = new Paragraph();
        intro.setText("Set a new password for " + username + " and tell them through a safe channel.");
        FormLayout form = new FormLayout(passwords.password, passwords.confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        // Enter on a focused footer button activates only that button (Cancel must not create)
        Shortcuts.addShortcutListener(this, () -> { }, Key.ENTER).listenOn(cancel, save).allowBrowserDefault();
        save.addClickListener(event -> {
            passwords.clearErrors();
            if (passwords.match()) {
                onSave.accept(passwords.password.getValue());
            }
        });
        getFooter().add(cancel, save);
        setWidth("26rem");
    }

    void showError(String message) {
        passwords.showError(message);
    }
}
