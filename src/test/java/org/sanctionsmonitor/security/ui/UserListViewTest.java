package org.sanctionsmonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.security.UserRow;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class UserListViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeAccountsMadeHere() {
        jdbc.sql("DELETE FROM app_user WHERE username LIKE 'ui-%'").update();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_sees_the_accounts() {
        UserListView view = navigate(UserListView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(view.grid.getGenericDataView().getItems().map(UserRow::username))
                .contains("admin", "editor", "viewer");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_creates_a_user_in_the_dialog_and_sees_it_in_the_grid() {
        UserListView view = navigate(UserListView.class);

        test(view.newUser).click();
        roundTrip();
        NewUserDialog dialog = view.newUserDialog;
        test(dialog.username).setValue("ui-editor");
        test(dialog.displayName).setValue("UI <b>Editor</b>");
        test(dialog.role).selectItem("Editor");
        test(dialog.passwords.password).setValue("twelve chars ok");
        test(dialog.passwords.confirm).setValue("twelve chars ok");
        test(dialog.create).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().map(u -> u.username() + ":" + u.displayName() + ":" + u.role()))
                .contains("ui-editor:UI <b>Editor</b>:EDITOR");
        assertThat(test(view.grid).getCellText(rowOf(view, "ui-editor"), 1)).isEqualTo("UI <b>Editor</b>");
        assertThat(test($(Notification.class).last()).getText()).contains("Created ui-editor");
        assertThat(view.grid.asSingleSelect().getValue().username()).isEqualTo("ui-editor");
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'ui-editor'").query(String.class).single()).isEqualTo("EDITOR");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void a_rule_broken_on_create_shows_next_to_its_field_and_keeps_what_was_typed() {
        UserListView view = navigate(UserListView.class);
        test(view.newUser).click();
        roundTrip();
        NewUserDialog dialog = view.newUserDialog;
        test(dialog.username).setValue("ui-short-password");
        test(dialog.displayName).setValue("Short Password");
        test(dialog.passwords.password).setValue("too short");
        test(dialog.passwords.confirm).setValue("too short");

        test(dialog.create).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.passwords.password.isInvalid()).isTrue();
        assertThat(dialog.passwords.password.getErrorMessage()).contains("at least 12");
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(dialog.username.getValue()).isEqualTo("ui-short-password");
        assertThat(dialog.displayName.getValue()).isEqualTo("Short Password");
        assertThat(dialog.passwords.password.getValue()).isEqualTo("too short");

        test(dialog.username).setValue("Not Valid!");
        test(dialog.passwords.password).setValue("long enough now");
        test(dialog.passwords.confirm).setValue("long enough now");
        test(dialog.create).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("3 to 64 characters");
        assertThat(dialog.passwords.password.isInvalid()).isFalse();
        assertThat(dialog.username.getValue()).isEqualTo("Not Valid!");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE display_name = 'Short Password'").query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void passwords_that_differ_are_caught_before_anything_is_saved() {
        UserListView view = navigate(UserListView.class);
        test(view.newUser).click();
        roundTrip();
        NewUserDialog dialog = view.newUserDialog;
        test(dialog.username).setValue("ui-mismatch");
        test(dialog.displayName).setValue("Mismatch");
        test(dialog.passwords.password).setValue("first long password");
        test(dialog.passwords.confirm).setValue("second long password");

        test(dialog.create).click();

        assertThat(dialog.passwords.confirm.isInvalid()).isTrue();
        assertThat(dialog.passwords.confirm.getErrorMessage()).contains("differ");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'ui-mismatch'").query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_disables_an_account_after_confirming() {
        users.create("ui-to-disable", "To Disable", Role.VIEWER, "a long enough password");
        UserListView view = navigate(UserListView.class);
        view.grid.select(rowItem(view, "ui-to-disable"));

        test(view.toggleEnabled).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE username = 'ui-to-disable'").query(Boolean.class).single()).isFalse();
        assertThat(test(view.grid).getCellText(rowOf(view, "ui-to-disable"), 3)).isEqualTo("Disabled");
        assertThat(view.toggleEnabled.getText()).isEqualTo("Enable…");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void demoting_the_last_admin_shows_the_reason_next_to_the_role() {
        UserListView view = navigate(UserListView.class);
        view.grid.select(rowItem(view, "admin"));

        test(view.role).selectItem("Editor");
        test(view.changeRole).click();

        assertThat(view.role.isInvalid()).isTrue();
        assertThat(view.role.getErrorMessage()).contains("last enabled admin");
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'admin'").query(String.class).single()).isEqualTo("ADMIN");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_resets_a_password_in_the_dialog() {
        users.create("ui-reset", "Reset", Role.VIEWER, "the first password");
        UserListView view = navigate(UserListView.class);
        view.grid.select(rowItem(view, "ui-reset"));

        test(view.resetPassword).click();
        roundTrip();
        ResetPasswordDialog dialog = view.resetPasswordDialog;
        test(dialog.passwords.password).setValue("the second password");
        test(dialog.passwords.confirm).setValue("the second password");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'ui-reset'").query(String.class).single();
        assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("the second password", hash)).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_user_list() {
        Navigation.open("admin/users", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(UserListView.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_cannot_open_the_user_list() {
        Navigation.open("admin/users", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(UserListView.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_cannot_read_the_user_list_from_the_service_either() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static UserRow rowItem(UserListView view, String username) {
        return view.grid.getGenericDataView().getItems().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private int rowOf(UserListView view, String username) {
        var items = view.grid.getGenericDataView().getItems().toList();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not in the grid");
    }
}
