package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void each_role_includes_the_roles_below_it() {
        assertThat(Role.VIEWER.authorities()).containsExactly("ROLE_VIEWER");
        assertThat(Role.EDITOR.authorities()).containsExactly("ROLE_VIEWER", "ROLE_EDITOR");
        assertThat(Role.ADMIN.authorities()).containsExactly("ROLE_VIEWER", "ROLE_EDITOR", "ROLE_ADMIN");
    }
}
