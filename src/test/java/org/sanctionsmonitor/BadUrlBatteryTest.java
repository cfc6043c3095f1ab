package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctionsmonitor.base.ui.NotFoundView;
import org.sanctionsmonitor.base.ui.ServerErrorView;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The bad-input battery over URLs, in a browserless UI: every route (found by the test itself, at a location filled from
 * the demo data) is opened with hostile values in every query parameter any page reads; every list page's filters each
 * get a value they cannot read. The page must open as itself, never fail or log an error, and a list page must say
 * which filters it left out. (Malformed URLs at the HTTP level: {@link BadUrlHttpTest}.)
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
// The demo admin: a real account, as behind every session (the profile page lists the account's API tokens).
@WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
class BadUrlBatteryTest extends SpringBrowserlessTest {

    /** Every query parameter a page of the app reads, list filters and editor prefills alike. */
    static final List<String> PARAMETERS;

    static {
        List<String> names = new ArrayList<>(IncidentFilter.PARAMETERS);
        names.addAll(SourceFilter.PARAMETERS);
        names.addAll(TimelineFilter.PARAMETERS);
        names.addAll(List.of("source", "quote", "incident", "error", "locked", "throttled", "unavailable", "expired", "no-such"));
        PARAMETERS = names.stream().distinct().toList();
    }

    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("markup and script", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        HOSTILE.put("SQL metacharacters", "' OR '1'='1'; DROP TABLE incident; --");
        HOSTILE.put("a NUL character", "KP\u0000");
        HOSTILE.put("a broken surrogate", "\uD83D");
        HOSTILE.put("a megabyte", "x".repeat(1 << 20));
        HOSTILE.put("an impossible date", "2023-02-30");
        HOSTILE.put("the first day ever", "-999999999-01-01");
        HOSTILE.put("the last day ever", "+999999999-12-31");
        HOSTILE.put("year 0", "0000-01-01");
        HOSTILE.put("20 digits", "99999999999999999999");
        HOSTILE.put("minus one", "-1");
        HOSTILE.put("right-to-left", "إيران\u202E");
        HOSTILE.put("CJK", "朝鲜");
        HOSTILE.put("emoji", "🇰🇵💣");
        HOSTILE.put("percent signs", "%zz%00%");
        HOSTILE.put("commas", ",,,ALLEGATION,,DENIAL,NOPE");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_route_opens_as_itself_with_hostile_values_in_every_query_parameter_and_nothing_fails(CapturedOutput log) {
        Map<String, String> samples = RoleMatrixTest.demoSamples(jdbc);
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<String, Class<?>> route : RoleMatrixTest.routeTemplates().entrySet()) {
            AccessExpectations.RouteExpectation expected = AccessExpectations.ROUTES.get(route.getKey());
            if (expected == null) {
                continue; // the role matrix says what to add
            }
            String path = RoleMatrixTest.fill(expected.sample().replaceAll("\\?.*", ""), samples);
            for (Map.Entry<String, String> value : HOSTILE.entrySet()) {
                Map<String, List<String>> query = new LinkedHashMap<>();
                PARAMETERS.forEach(name -> query.put(name, List.of(value.getValue())));
                int loggedBefore = log.length();
                opened++;
                Object shown;
                try {
                    UI.getCurrent().navigate(path, new QueryParameters(query));
                    shown = Navigation.currentView();
                } catch (RuntimeException failure) {
                    failures.add("/" + path + " with " + value.getKey() + ": " + failure);
                    continue;
                }
                if (shown.getClass() != route.getValue() && !(route.getKey().equals("login"))) {
                    failures.add("/" + path + " with " + value.getKey() + " shows " + shown.getClass().getSimpleName());
                }
                String logged = ownEntries(log.toString().substring(loggedBefore)).stream()
                        .filter(entry -> entry.contains(" ERROR ") || entry.contains("Exception")).findFirst().orElse(null);
                if (logged != null) {
                    failures.add("/" + path + " with " + value.getKey() + " logged: " + logged.lines().findFirst().orElse(""));
                }
                Navigation.open("login", Object.class);
            }
        }
        System.out.printf("Bad-URL battery: %d routes opened with hostile query values, %d failures%n", opened, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void each_list_filter_that_cannot_be_read_is_named_in_a_notice_and_left_out() {
        Map<String, List<String>> unreadable = new LinkedHashMap<>();
        unreadable.put("incidents", List.of("country=ZZ", "role=BOSS", "category=NOPE", "status=MAYBE", "kind=RUMOUR",
                "from=2023-02-30", "to=99999-01-01", "q=a%00b", "provision=abc", "from=1066-10-14"));
        unreadable.put("sources", List.of("type=BLOG_POST", "q=" + "y".repeat(1001), "language=%00"));
        unreadable.put("timeline", List.of("country=ZZ", "regime=NOPE", "resolution=99999", "resolution=abc", "category=NOPE",
                "kinds=NOPE", "kinds=ALLEGATION,NOPE", "from=2023-13-01", "to=-999999999-01-01"));
        List<String> failures = new ArrayList<>();
        unreadable.forEach((page, parameters) -> parameters.forEach(parameter -> {
            Navigation.open("login", Object.class);
            $(Notification.class).all().forEach(Notification::close);
            Object view = Navigation.open(page + "?" + parameter, Object.class);
            String name = parameter.substring(0, parameter.indexOf('='));
            List<String> notices = $(Notification.class).all().stream().filter(Notification::isOpened)
                    .map(n -> test(n).getText()).toList();
            if (view instanceof ServerErrorView || view instanceof NotFoundView) {
                failures.add(page + "?" + parameter + " shows " + view.getClass().getSimpleName());
            } else if (notices.stream().noneMatch(text -> text.startsWith("Part of this link could not be read")
                    && text.contains(name + "="))) {
                failures.add(page + "?" + abbreviate(parameter) + ": no notice names " + name + " " + notices);
            }
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void a_link_the_page_reads_in_full_gets_no_notice() {
        Navigation.open("incidents?country=kp&role=supplier&from=2023-01-01&q=shells", Object.class);
        Navigation.open("timeline?country=AE&kinds=DENIAL,ALLEGATION&resolution=01718", Object.class);
        Navigation.open("sources?language=id&type=NEWS_ARTICLE&utm_source=newsletter", Object.class);

        assertThat($(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText())).isEmpty();
    }

    /**
     * The log entries (a line with its stack trace) written by this test's thread, which runs the browserless UI;
     * other threads of the shared JVM (a connection pool of another test's stopped database) are not the page's doing.
     */
    static List<String> ownEntries(String log) {
        String thread = "] [" + " ".repeat(Math.max(0, 15 - Thread.currentThread().getName().length()))
                + Thread.currentThread().getName() + "] ";
        List<String> entries = new ArrayList<>();
        StringBuilder entry = null;
        for (String line : log.split("\n")) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
                if (entry != null) {
                    entries.add(entry.toString());
                }
                entry = line.contains(thread) ? new StringBuilder(line) : null;
            } else if (entry != null) {
                entry.append('\n').append(line);
            }
        }
        if (entry != null) {
            entries.add(entry.toString());
        }
        return entries;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
