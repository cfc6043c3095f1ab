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
import org.sanctionsmonitor.security.AppUser;
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

    final Grid<AppUser> grid = new Grid<>();
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
    private AppUser selected;

    UserListView(UserService users) {
        this.users = users;
        setSizeFull();

        grid.addColumn(AppUser::getUsername).setHeader("Username").setSortable(true).setComparator(AppUser::getUsername);
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setSortable(true).setComparator(AppUser::getDisplayName);
        grid.addColumn(user -> RoleLabels.label(user.getRole())).setHeader("Role").setSortable(true);
        grid.addColumn(user -> user.isEnabled() ? "Enabled" : "Disabled").setHeader("Status").setSortable(true);
        grid.addColumn(user -> isLocked(user) ? "Locked until " + Formats.instant(user.getLockedUntil()) : "")
                .setHeader("Lock");
        grid.addColumn(user -> Formats.instant(user.getCreatedAt())).setHeader("Created");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(event -> openNewUserDialog());

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleLabels::label);
        changeRole.addClickListener(event -> changeRole());
        toggleEnabled.addClickListener(event -> confirmToggleEnabled());
        resetPassword.addClickListener(event -> openResetPasswordDialog());
        unlock.addClickListener(event -> run(() -> users.unlock(selected.getId(), selected.getVersion()),
                "Unlocked " + selected.getUsername() + "."));
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
                AppUser created = users.create(typed.username(), typed.displayName(), typed.role(), typed.password());
                newUserDialog.close();
                success("Created " + created.getUsername() + " (" + RoleLabels.label(created.getRole()) + ").");
                refresh(created.getId());
            } catch (UserAdminException e) {
                newUserDialog.showError(e);
            }
        });
        newUserDialog.open();
    }

    private void openResetPasswordDialog() {
        AppUser user = selected;
        resetPasswordDialog = new ResetPasswordDialog(user.getUsername(), password -> {
            try {
                users.resetPassword(user.getId(), user.getVersion(), password);
                resetPasswordDialog.close();
                success("Set a new password for " + user.getUsername() + ".");
                refresh(user.getId());
            } catch (UserAdminException e) {
                if (e.field() == UserAdminException.Field.PASSWORD) {
                    resetPasswordDialog.showError(e.getMessage());
                } else {
                    resetPasswordDialog.close();
                    failure(e, user.getId());
                }
            }
        });
        resetPasswordDialog.open();
    }

    private void changeRole() {
        role.setInvalid(false);
        Role newRole = role.getValue();
        AppUser user = selected;
        try {
            users.changeRole(user.getId(), user.getVersion(), newRole);
            success(user.getUsername() + " is now " + RoleLabels.label(newRole) + ".");
            refresh(user.getId());
        } catch (UserAdminException e) {
            if (e.field() == UserAdminException.Field.ROLE) {
                role.setErrorMessage(e.getMessage());
                role.setInvalid(true);
            } else {
                failure(e, user.getId());
            }
        }
    }

    private void confirmToggleEnabled() {
        AppUser user = selected;
        boolean enable = !user.isEnabled();
        confirmDialog = new ConfirmDialog();
        confirmDialog.setHeader((enable ? "Enable " : "Disable ") + user.getUsername() + "?");
        confirmDialog.setText(enable ? user.getUsername() + " will be able to sign in again."
                : user.getUsername() + " will no longer be able to sign in. Their name stays on what they wrote.");
        confirmDialog.setCancelable(true);
        confirmDialog.setConfirmText(enable ? "Enable" : "Disable");
        if (!enable) {
            confirmDialog.setConfirmButtonTheme("error primary");
        }
        confirmDialog.addConfirmListener(event -> run(() -> users.setEnabled(user.getId(), user.getVersion(), enable),
                (enable ? "Enabled " : "Disabled ") + user.getUsername() + "."));
        confirmDialog.open();
    }

    /** Runs one service call on the selected user and reports the outcome. */
    private void run(Supplier<AppUser> call, String successMessage) {
        long id = selected.getId();
        try {
            call.get();
            success(successMessage);
            refresh(id);
        } catch (UserAdminException e) {
            failure(e, id);
        }
    }

    private void show(AppUser user) {
        selected = user;
        details.setVisible(user != null);
        if (user == null) {
            return;
        }
        detailsTitle.setText(user.getUsername());
        detailsFacts.setText(user.getDisplayName() + " · " + (user.isEnabled() ? "enabled" : "disabled")
                + (isLocked(user) ? " · locked until " + Formats.instant(user.getLockedUntil()) : ""));
        role.setInvalid(false);
        role.setValue(user.getRole());
        toggleEnabled.setText(user.isEnabled() ? "Disable…" : "Enable…");
        toggleEnabled.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (user.isEnabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        unlock.setEnabled(isLocked(user));
    }

    /** Reloads the accounts (so the grid shows current versions) and selects the one with {@code id}, if any. */
    private void refresh(Long id) {
        var all = users.list();
        grid.setItems(all);
        AppUser again = id == null ? null : all.stream().filter(user -> user.getId().equals(id)).findFirst().orElse(null);
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

    private static boolean isLocked(AppUser user) {
        return user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
    }
}
