package org.sanctionsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Sessions opened without signing in (any visitor's, any script's) live minutes, not the half hour of a signed-in one. */
@WebAppTest
class SessionLifetimesTest {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void a_session_without_sign_in_expires_after_three_idle_minutes() throws Exception {
        WebClient visitor = WebClient.to(port);
        visitor.openUi(""); // what a script hammering /?v-r=init does

        assertThat(session(visitor.sessionId()).getMaxInactiveInterval()).isEqualTo(180);
    }

    @Test
    void after_sign_in_the_session_gets_the_normal_timeout() throws Exception {
        WebClient viewer = WebClient.to(port).logIn("viewer", "viewer");
        viewer.get("/incidents");

        assertThat(session(viewer.sessionId()).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void an_open_login_page_keeps_its_session_alive_by_saying_so_well_within_the_timeout() {
        String bootstrap = WebClient.to(port).get("/?v-r=init&location=login&query=").body();

        java.util.regex.Matcher heartbeat = java.util.regex.Pattern.compile("\"heartbeatInterval\":(\\d+)").matcher(bootstrap);
        assertThat(heartbeat.find()).isTrue();
        assertThat(Integer.parseInt(heartbeat.group(1))).as("seconds between heartbeats")
                .isLessThanOrEqualTo((int) SessionLifetimes.ANONYMOUS.toSeconds() / 3);
    }

    private Session session(String id) throws Exception {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return context.getManager().findSession(id);
    }
}
