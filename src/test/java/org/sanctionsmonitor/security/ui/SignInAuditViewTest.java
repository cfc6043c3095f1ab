package org.sanctionsmonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
class SignInAuditViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_sees_the_newest_sign_ins_first_and_filters_them_by_username() {
        event("2100-01-01T10:00:00Z", "view-alice", "FAILED", null, 1);
        event("2100-01-01T10:01:00Z", "view-alice", "UNLOCKED", "admin", null);
        event("2100-01-01T10:02:00Z", "view-bob", "SIGNED_IN", null, 1);

        SignInAuditView view = Navigation.open("admin/sign-ins", SignInAuditView.class);

        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 1)).isEqualTo("view-bob");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Signed in");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Unlocked by an admin");
        assertThat(grid.getCellText(1, 5)).isEqualTo("admin");
        assertThat(grid.getCellText(2, 4)).isEqualTo("192.0.2.1");

        test(view.user).setValue("view-alice");

        assertThat(grid.size()).isEqualTo(2);
        assertThat(List.of(grid.getCellText(0, 1), grid.getCellText(1, 1))).containsOnly("view-alice");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void admins_find_the_sign_ins_in_the_menu() {
        Navigation.open("", Object.class);

        assertThat(menu()).contains("Sign-ins", "Users");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void editors_neither_see_the_sign_ins_in_the_menu_nor_open_them() {
        Navigation.open("", Object.class);
        assertThat(menu()).doesNotContain("Sign-ins");

        Navigation.open("admin/sign-ins", AccessDeniedView.class);
    }

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private void event(String at, String username, String outcome, String actor, Integer attempt) {
        jdbc.sql("""
                INSERT INTO sign_in_event (occurred_at, username, outcome, attempt, client_address, actor)
                VALUES (?::timestamptz, ?, ?, ?, '192.0.2.1', ?)""").params(at, username, outcome, attempt, actor).update();
    }
}
