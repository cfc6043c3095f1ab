package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What one session can cost the server: open pages are bounded, forged messages are logged briefly. Over HTTP. */
@WebAppTest
@ExtendWith(OutputCaptureExtension.class)
class SessionLimitsTest {

    @LocalServerPort
    int port;

    @Test
    void opening_more_than_ten_pages_in_one_session_closes_the_oldest() {
        WebClient viewer = WebClient.to(port).logIn("viewer", "viewer");
        List<WebClient.Ui> pages = new ArrayList<>();
        for (int i = 0; i < SessionLimits.MAX_UIS_PER_SESSION + 3; i++) {
            pages.add(viewer.openUi("resolutions"));
        }

        for (int i = 0; i < pages.size(); i++) {
            HttpResponse<String> answer = pages.get(i).navigate("resolutions");
            boolean closed = answer.body().contains("\"sessionExpired\":true");
            assertThat(closed).as("page %d of %d closed", i + 1, pages.size()).isEqualTo(i < 3);
        }
    }

    @Test
    void a_closed_page_asks_before_it_reloads_so_that_tabs_cannot_close_each_other_in_a_loop() {
        String bootstrap = WebClient.to(port).logIn("viewer", "viewer").get("/?v-r=init&location=resolutions&query=").body();

        // With a caption, Vaadin's client shows the notice and waits for a click; without one it reloads at once.
        assertThat(bootstrap).contains("\"sessExpMsg\":{\"caption\":\"This page is no longer active\"");
    }

    @Test
    void forged_messages_from_a_browser_are_logged_in_one_short_line_at_most_every_ten_seconds(CapturedOutput log) {
        WebClient.Ui page = WebClient.to(port).logIn("viewer", "viewer").openUi("resolutions");
        page.navigate("resolutions");
        int before = log.length();
        long start = System.nanoTime();

        for (String forged : new String[] {"{\"type\":\"forged\",\"node\":1}", "{\"type\":\"event\",\"node\":1}",
                "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"forged\",\"templateEventMethodArgs\":[]}",
                "{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":\"innerHTML\",\"value\":\"<img src=x>\"}"}) {
            for (int i = 0; i < 10; i++) {
                assertThat(page.rpc(forged).statusCode()).isEqualTo(200);
            }
        }

        long tenSecondPeriods = 1 + (System.nanoTime() - start) / 10_000_000_000L;
        List<String> lines = log.toString().substring(before).lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("40 forged messages, one line per ten seconds").isNotEmpty().hasSizeLessThanOrEqualTo((int) tenSecondPeriods);
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("WARN", "Ignored a malformed message from the browser", "(viewer)")
                .hasSizeLessThan(400));
    }
}
