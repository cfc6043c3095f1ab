package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.security.AppUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserService;

/** Admin-only list of accounts; managing them arrives with the editorial workflow. */
@Route("admin/users")
@PageTitle("Users · Sanctions Monitor")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
class UserListView extends VerticalLayout {

    final Grid<AppUser> grid = new Grid<>();

    UserListView(UserService users) {
        setSizeFull();
        grid.addColumn(AppUser::getUsername).setHeader("Username").setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setHeader("Name");
        grid.addColumn(user -> user.getRole().name()).setHeader("Role");
        grid.addColumn(user -> user.isEnabled() ? "Enabled" : "Disabled").setHeader("Status");
        grid.addColumn(user -> user.getLockedUntil() == null ? "" : "Locked until " + Formats.instant(user.getLockedUntil()))
                .setHeader("Lock");
        grid.addColumn(user -> Formats.instant(user.getCreatedAt())).setHeader("Created");
        grid.setItems(users.list());
        grid.setSizeFull();
        add(new H2("Users"), new Paragraph("Accounts that can sign in. Creating and editing accounts comes with the editorial workflow."), grid);
    }
}
