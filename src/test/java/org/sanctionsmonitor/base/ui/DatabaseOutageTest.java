package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.ui.EditorSave;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A database outage in the middle of a session, for real: the app runs against an external PostgreSQL that this test
 * stops and starts again. Readers get a worded page inside the layout that comes back by itself; a sign-in says the
 * service is unavailable and counts nothing; an editor's save says it did not happen and keeps what was typed.
 * (A context of its own.)
 */
@SpringBootTest(properties = {"spring.datasource.username=postgres", "sanctions.demo=true",
        "spring.datasource.hikari.connection-timeout=1000"})
class DatabaseOutageTest extends SpringBrowserlessTest {

    static final Path DATA = Path.of("target", "test-data", "outage-" + UUID.randomUUID());
    static final int PORT = freePort();
    static EmbeddedPostgres database = startDatabase();

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void databaseIsBack() {
        if (database == null) {
            database = startDatabase();
        }
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void during_an_outage_a_page_says_the_service_is_unavailable_in_the_layout_and_opens_by_itself_when_the_database_is_back() {
        Navigation.open("resolutions", Object.class);

        stopTheDatabase();
        ServerErrorView outage = Navigation.open("incidents?country=KP", ServerErrorView.class);

        assertThat(outage.heading.getText()).isEqualTo("The service is unavailable");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(pollOnce()).as("still down: the page stays").isInstanceOf(ServerErrorView.class);

        database = startDatabase();
        // The browser polls every few seconds; here as often as the condition is checked, on this (the UI's) thread.
        Object view = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(this::pollOnce, opened -> !(opened instanceof ServerErrorView));
        assertThat(view.getClass().getSimpleName()).as("the page opened by itself").isEqualTo("IncidentListView");
        assertThat(Navigation.currentLocation()).isEqualTo("incidents?country=KP");
        assertThat(UI.getCurrent().getPollInterval()).as("no more checking").isEqualTo(-1);
    }

    @Test
    void a_sign_in_during_an_outage_says_the_service_is_unavailable_and_counts_nothing() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();

        stopTheDatabase();
        String answer = http.perform(post("/login").param("username", "viewer").param("password", "viewer").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        database = startDatabase();

        assertThat(answer).isEqualTo("/login?unavailable");
        waitUntilTheAppReachesTheDatabase();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = 'viewer'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_event WHERE username = 'viewer'").query(Integer.class).single()).isZero();
        // Until the pool has replaced the connections the stopped database dropped.
        String again = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> http.perform(post("/login").param("username", "viewer").param("password", "viewer").with(csrf()))
                        .andReturn().getResponse().getRedirectedUrl(), url -> !"/login?unavailable".equals(url));
        assertThat(again).as("signs in once the database is back").isEqualTo("/");
    }

    @Test
    @WithMockUser(username = "outage-editor", roles = {"VIEWER", "EDITOR"})
    void an_editors_save_during_an_outage_says_nothing_was_saved_keeps_what_was_typed_and_saves_when_the_database_is_back() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long id = jdbc.sql("SELECT min(id) FROM incident WHERE workflow_state = 'PUBLISHED'").query(Long.class).single();
        Object editor = Navigation.open(Pages.incidentEditor(id), Object.class);
        TextField title = $(TextField.class).withLabel("Title").first();
        test(title).setValue("Typed during the outage");

        stopTheDatabase();
        test($(Button.class).withText("Save").single()).click();

        assertThat(Navigation.currentView()).as("still the editor").isSameAs(editor);
        assertThat(title.getValue()).isEqualTo("Typed during the outage");
        assertThat(openNotices()).contains(EditorSave.UNAVAILABLE).noneMatch(text -> text.startsWith("Saved"));

        database = startDatabase();
        waitUntilTheAppReachesTheDatabase();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> { // until the pool replaced dead connections
            test($(Button.class).withText("Save").single()).click();
            return Navigation.currentView();
        }, view -> view != editor);
        assertThat(Navigation.currentLocation()).as("saved, and on the incident's page").isEqualTo(Pages.incident(id));
        assertThat(jdbc.sql("SELECT content->>'title' FROM pending_revision WHERE item_id = :id AND created_by = 'outage-editor'")
                .param("id", id).query(String.class).single()).isEqualTo("Typed during the outage");
        jdbc.sql("DELETE FROM pending_revision WHERE item_id = :id AND created_by = 'outage-editor'").param("id", id).update();
    }

    private List<String> openNotices() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText()).toList();
    }

    /** Connections the pool held when the database went down fail once each before the pool replaces them. */
    private void waitUntilTheAppReachesTheDatabase() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(org.springframework.dao.DataAccessException.class)
                .until(() -> jdbc.sql("SELECT 1").query(Integer.class).single() == 1);
    }

    /** What the browser does every few seconds while the outage page is shown: one poll; the view it leads to. */
    private Object pollOnce() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        roundTrip();
        return Navigation.currentView();
    }

    private static void stopTheDatabase() {
        try {
            database.close();
            database = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres startDatabase() {
        try {
            return EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
