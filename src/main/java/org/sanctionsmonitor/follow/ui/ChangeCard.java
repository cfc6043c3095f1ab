package org.sanctionsmonitor.follow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.PublishedChange;

/** One published change as a card: when, what, new or changed, its title (a link to its page) and a short summary. */
final class ChangeCard {

    private ChangeCard() {
    }

    static Div of(PublishedChange change, Instant since) {
        Span when = new Span(Formats.instant(change.publishedAt()));
        when.addClassName("meta");
        boolean fresh = change.isNewSince(since) && !change.isChange();
        Div head = new Div(new Badge(change.kind(), Badge.Tone.INFO),
                new Badge(fresh ? "New" : "Changed", fresh ? Badge.Tone.SUCCESS : Badge.Tone.WARNING), when);
        head.addClassName("change-head");
        Div card = new Div(head, Texts.appLink(change.title(), change.location()));
        card.addClassNames("card", "change-card");
        if (change.summary() != null && !change.summary().isBlank()) {
            String text = change.summary().length() <= 280 ? change.summary() : change.summary().substring(0, 279) + "…";
            card.add(Texts.userText(new Paragraph(text)));
        }
        return card;
    }
}
