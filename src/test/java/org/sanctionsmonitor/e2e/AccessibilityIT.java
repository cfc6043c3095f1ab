package org.sanctionsmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core's WCAG 2.2 A and AA rules on every route of the app (read from Vaadin's route registry), for each role:
 * the login page as an anonymous visitor, and every page as a viewer, an editor and an admin (a page a role may not
 * open shows the worded "No access" page, which is checked too). Zero violations.
 */
class AccessibilityIT extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcClient jdbc;

    @Test
    void no_page_breaks_a_wcag_a_or_aa_rule_for_any_role() {
        List<Routes.Page> routes = Routes.all(servletContext, jdbc);
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();

        page.navigate(url("/login"));
        PageState.settle(page);
        record(found, "anonymous /login", Axe.violations(page));

        for (Role role : Role.values()) {
            String user = role.name().toLowerCase(java.util.Locale.ROOT);
            Page signedIn = role == Role.VIEWER ? page : newUser(user, user);
            if (role == Role.VIEWER) {
                logIn(user, user);
            }
            for (Routes.Page route : routes) {
                if (route.role() == null) {
                    continue; // the login page, checked above
                }
                PageState.go(signedIn, route.path());
                PageState.settle(signedIn);
                record(found, user + " " + route.path(), Axe.violations(signedIn));
            }
            if (signedIn != page) {
                signedIn.context().close();
            }
        }

        int elements = found.values().stream().flatMap(List::stream).mapToInt(v -> v.targets().size()).sum();
        long rules = found.values().stream().flatMap(List::stream).map(Axe.Violation::rule).distinct().count();
        StringBuilder report = new StringBuilder("axe-core: " + elements + " elements in violation of " + rules + " rules on "
                + found.size() + " pages\n");
        found.forEach((where, violations) -> violations.forEach(v -> report.append("  ").append(where).append(": ").append(v).append('\n')));
        System.out.println(report);
        assertThat(found).as(report.toString()).allSatisfy((where, violations) -> assertThat(violations).isEmpty());
    }

    private static void record(Map<String, List<Axe.Violation>> found, String where, List<Axe.Violation> violations) {
        found.put(where, new ArrayList<>(violations));
    }
}
