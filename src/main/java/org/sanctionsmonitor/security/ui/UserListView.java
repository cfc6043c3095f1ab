package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.function.Supplier;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.security.UserRow;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserAdminException;
import org.sanctionsmonitor.security.UserService;

/**
 * Admin-only user management: the accounts in a grid and, for the selected one, its role, whether it may sign in,
 * a password reset and lifting a login lock. The view only binds components to {@link UserService}, which owns every rule
 * (username format, password length, the last enabled admin, concurrent changes).
 */
@Route("admin/users")
@PageTitle("Users · Sanctions Monitor")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
class UserListView extends VerticalLayout {

    final Grid<UserRow> grid = new Grid<>();
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());

    final VerticalLayout details = new VerticalLayout();
    final H3 detailsTitle = new H3();
    final Span detailsFacts = new Span();
    final Select<Role> role = new Select<>();
    final Button changeRole = new Button("Change role");
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button("Reset password…");
    final Button unlock = new Button("Unlock");

    NewUserDialog newUserDialog;
    ResetPasswordDialog resetPasswordDialog;
    ConfirmDialog confirmDialog;

    private final UserService users;
    private UserRow selected;

    UserListView(UserService users) {
        this.users = users;
        setSizeFull();

        grid.addColumn(UserRow::username).setHeader("Username").setSortable(true).setComparator(UserRow::username);
        grid.addColumn(UserRow::displayName).setHeader("Name").setSortable(true).setComparator(UserRow::displayName);
        grid.addColumn(user -> RoleLabels.label(user.role())).setHeader("Role").setSortable(true);
        grid.addColumn(user -> user.enabled() ? "Enabled" : "Disabled").setHeader("Status").setSortable(true);
        grid.addColumn(user -> isLocked(user) ? "Locked until " + Formats.instant(user.lockedUntil()) : "")
                .setHeader("Lock");
        grid.addColumn(user -> Formats.instant(user.createdAt())).setHeader("Created");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        org.sanctionsmonitor.base.ui.GridCards.enable(grid, "Accounts", 760, user -> org.sanctionsmonitor.base.ui.GridCards.card(new com.vaadin.flow.component.html.Span(user.username() + " · " + user.displayName()),
                org.sanctionsmonitor.base.ui.GridCards.line(RoleLabels.label(user.role()), user.enabled() ? "Enabled" : "Disabled",
                        isLocked(user) ? "Locked until " + Formats.instant(user.lockedUntil()) : null),
                org.sanctionsmonitor.base.ui.GridCards.line("Created " + Formats.instant(user.createdAt()))));

        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(event -> openNewUserDialog());

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleLabels::label);
        changeRole.addClickListener(event -> changeRole());
        toggleEnabled.addClickListener(event -> confirmToggleEnabled());
        resetPassword.addClickListener(event -> openResetPasswordDialog());
        unlock.addClickListener(event -> run(() -> users.unlock(selected.id(), selected.version()),
                "Unlocked " + selected.username() + "."));
        HorizontalLayout roleRow = new HorizontalLayout(role, changeRole);
        roleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(detailsTitle, detailsFacts, roleRow, toggleEnabled, resetPassword, unlock);
        details.setWidth("22rem");
        details.setPadding(false);
        details.setVisible(false);

        HorizontalLayout content = new HorizontalLayout(grid, details);
        content.setSizeFull();
        content.setFlexGrow(1, grid);

        HorizontalLayout header = new HorizontalLayout(new H2("Users"), newUser);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new Paragraph("Accounts that can sign in. Select an account to change its role, disable it, "
                + "reset its password or lift a login lock."), content);
        refresh(null);
    }

    private void openNewUserDialog() {
        newUserDialog = new NewUserDialog(typed -> {
            try {
                UserRow created = users.create(typed.username(), typed.displayName(), typed.role(), typed.password());
                newUserDialog.close();
                success("Created " + created.username() + " (" + RoleLabels.label(created.role()) + ").");
                refresh(created.id());
            } catch (UserAdminException e) {
                newUserDialog.showError(e);
            }
        });
        newUserDialog.open();
    }

    private void openResetPasswordDialog() {
        UserRow user = selected;
        resetPasswordDialog = new ResetPasswordDialog(user.username(), password -> {
            try {
                users.resetPassword(user.id(), user.version(), password);
                resetPasswordDialog.close();
                success("Set a new password for " + user.username() + ".");
                refresh(user.id());
            } catch (UserAdminException e) {
                if (e.field() == UserAdminException.Field.PASSWORD) {
                    resetPasswordDialog.showError(e.getMessage());
                } else {
                    resetPasswordDialog.close();
                    failure(e, user.id());
                }
            }
        });
        resetPasswordDialog.open();
    }

    private void changeRole() {
        role.setInvalid(false);
        Role newRole = role.getValue();
        UserRow user = selected;
        try {
            users.changeRole(user.id(), user.version(), newRole);
            success(user.username() + " is now " + RoleLabels.label(newRole) + ".");
            refresh(user.id());
        } catch (UserAdminException e) {
            if (e.field() == UserAdminException.Field.ROLE) {
                role.setErrorMessage(e.getMessage());
                role.setInvalid(true);
            } else {
                failure(e, user.id());
            }
        }
    }

    private void confirmToggleEnabled() {
        UserRow user = selected;
        boolean enable = !user.enabled();
        confirmDialog = new ConfirmDialog();
        confirmDialog.setHeader((enable ? "Enable " : "Disable ") + user.username() + "?");
        confirmDialog.setText(enable ? user.username() + " will be able to sign in again."
                : user.username() + " will no longer be able to sign in. Their name stays on what they wrote.");
        confirmDialog.setCancelable(true);
        confirmDialog.setConfirmText(enable ? "Enable" : "Disable");
        if (!enable) {
            confirmDialog.setConfirmButtonTheme("error primary");
        }
        confirmDialog.addConfirmListener(event -> run(() -> users.setEnabled(user.id(), user.version(), enable),
                (enable ? "Enabled " : "Disabled ") + user.username() + "."));
        confirmDialog.open();
    }

    /** Runs one service call on the selected user and reports the outcome. */
    private void run(Supplier<UserRow> call, String successMessage) {
        long id = selected.id();
        try {
            call.get();
            success(successMessage);
            refresh(id);
        } catch (UserAdminException e) {
            failure(e, id);
        }
    }

    private void show(UserRow user) {
        selected = user;
        details.setVisible(user != null);
        if (user == null) {
            return;
        }
        detailsTitle.setText(user.username());
        detailsFacts.setText(user.displayName() + " · " + (user.enabled() ? "enabled" : "disabled")
                + (isLocked(user) ? " · locked until " + Formats.instant(user.lockedUntil()) : ""));
        role.setInvalid(false);
        role.setValue(user.role());
        toggleEnabled.setText(user.enabled() ? "Disable…" : "Enable…");
        toggleEnabled.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (user.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        unlock.setEnabled(isLocked(user));
    }

    /** Reloads the accounts (so the grid shows current versions) and selects the one with {@code id}, if any. */
    private void refresh(Long id) {
        var all = users.list();
        grid.setItems(all);
        UserRow again = id == null ? null : all.stream().filter(user -> user.id() == id).findFirst().orElse(null);
        if (again == null) {
            grid.deselectAll();
        } else {
            grid.select(again);
        }
        show(again);
    }

    private void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failure(UserAdminException e, long id) {
        Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh(id);
    }

    private static boolean isLocked(UserRow user) {
        return user.lockedAt(Instant.now());
    }
}
