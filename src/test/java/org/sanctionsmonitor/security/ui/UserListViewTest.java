package org.sanctionsmonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.security.AppUser;
import org.sanctionsmonitor.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class UserListViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void an_admin_sees_the_accounts() {
        UserListView view = navigate(UserListView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(view.grid.getGenericDataView().getItems().map(AppUser::getUsername))
                .contains("admin", "editor", "viewer");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_user_list() {
        Navigation.open("admin/users", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(UserListView.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_cannot_read_the_user_list_from_the_service_either() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
