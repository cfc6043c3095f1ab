package org.sanctionsmonitor.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.exchange.CitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The citation dialog opens with its paragraphs and notes, and its copy buttons report back from the browser. */
@AppTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class CiteDialogTest extends SpringBrowserlessTest {

    @Autowired
    CitationService citations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_cite_dialog_opens_and_says_whether_the_browser_copied_the_citation() {
        long id = jdbc.sql("SELECT min(incident_id) FROM incident_source WHERE incident_id IN (SELECT id FROM published_incidents())")
                .query(Long.class).single();

        CiteDialog dialog = new CiteDialog(citations, List.of(id), "incident-" + id);
        dialog.open();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Cite this incident");
        assertThat(dialog.getElement().getTextRecursively()).startsWith("1. ").contains("Available at http");
        CopyButton copy = $(CopyButton.class).from(dialog).first();
        ComponentUtil.fireEvent(copy, new CopyButton.CopiedEvent(copy, true, true));
        ComponentUtil.fireEvent(copy, new CopyButton.CopiedEvent(copy, true, false));
        assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("Copied.", "The browser did not allow copying: select the text and copy it yourself.");
    }
}
