package org.sanctionsmonitor.follow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.UrlQuery;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.follow.WhatsNewService;
import org.sanctionsmonitor.security.Role;

/**
 * Every published change since the reader's last visit (the sign-in before this one), newest first, 50 at a time:
 * incidents, events, statements, sources and resolutions published, or a reviewed change of one published. Never a
 * draft. {@code ?since=2026-11-01} shows the changes since that day instead.
 */
@Route(Pages.WHATS_NEW)
@PageTitle("What's new · Sanctions Monitor")
@Menu(title = "What's new", order = 2, icon = "vaadin:bell")
@RolesAllowed(Role.VIEWER_ROLE)
class WhatsNewView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 50;

    final Paragraph summary = new Paragraph();
    final UnorderedList changes = new UnorderedList();
    final Button more = new Button("Show more");
    private final WhatsNewService whatsNew;
    private Instant since;
    private int shown;

    WhatsNewView(WhatsNewService whatsNew) {
        this.whatsNew = whatsNew;
        addClassNames("whats-new-view", "detail-view");
        setWidthFull();
        changes.addClassName("changes");
        more.addClickListener(e -> showMore());
        UnorderedList ranges = new UnorderedList(
                new ListItem(Texts.appLink("Since your last visit", Pages.WHATS_NEW)),
                new ListItem(Texts.appLink("Last 7 days", since(7))),
                new ListItem(Texts.appLink("Last 30 days", since(30))),
                new ListItem(Texts.appLink("Everything", Pages.withQuery(Pages.WHATS_NEW, Map.of("since", "1900-01-01")))));
        Nav range = new Nav(ranges);
        range.addClassName("change-ranges");
        range.getElement().setAttribute("aria-label", "Period");
        add(new H2("What's new"), summary, range, changes, more);
    }

    private static String since(int days) {
        return Pages.withQuery(Pages.WHATS_NEW, Map.of("since", LocalDate.now(ZoneOffset.UTC).minusDays(days).toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate chosen = UrlQuery.date(UrlQuery.first(event.getLocation().getQueryParameters().getParameters(), "since"));
        Instant lastVisit = whatsNew.lastVisit().orElse(null);
        since = chosen != null ? chosen.atStartOfDay(ZoneOffset.UTC).toInstant() : lastVisit;
        int total = whatsNew.count(since);
        String count = total == 1 ? "1 published change" : total + " published changes";
        if (chosen != null) {
            summary.setText(count + " since " + Formats.date(chosen) + ", newest first.");
        } else if (lastVisit != null) {
            summary.setText(count + " since your last visit (" + Formats.instant(lastVisit) + "), newest first.");
        } else {
            summary.setText("This is your first visit: everything published so far, newest first (" + count + ").");
        }
        changes.removeAll();
        shown = 0;
        showMore();
        if (total == 0) {
            changes.add(new ListItem(Texts.empty("Nothing was published since then.")));
        }
    }

    private void showMore() {
        List<PublishedChange> page = whatsNew.changes(since, shown, PAGE + 1);
        page.stream().limit(PAGE).forEach(change -> changes.add(new ListItem(ChangeCard.of(change, since))));
        shown += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }
}
