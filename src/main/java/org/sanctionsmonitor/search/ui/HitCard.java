package org.sanctionsmonitor.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Marked;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.search.Highlighted;
import org.sanctionsmonitor.search.SearchHit;

/** One search result: its title linking to its page, a line about it, and the snippet with the matching words marked. */
class HitCard extends Div {

    final Anchor link;

    HitCard(SearchHit hit) {
        addClassNames("search-hit", "hit-" + hit.kind().name().toLowerCase(java.util.Locale.ROOT));
        link = new Anchor(hit.location());
        link.getElement().setAttribute("router-link", true);
        link.add(Texts.inLanguage(marked(hit.title()), hit.titleLanguage()));
        link.addClassName("hit-title");
        Div heading = new Div(link);
        heading.addClassName("hit-heading");
        if (hit.workflowState() != WorkflowState.PUBLISHED) {
            heading.add(new Badge(hit.workflowState().title(), Badge.Tone.WARNING));
        }
        Span detail = Texts.userText(new Span(hit.detail()));
        detail.addClassName("meta");
        add(heading, detail);
        if (!hit.snippet().isEmpty()) {
            Paragraph snippet = Texts.inLanguage(new Paragraph(), hit.snippetLanguage());
            snippet.addClassName("hit-snippet");
            if (hit.machineTranslation()) {
                snippet.add(new Badge("Machine translation", Badge.Tone.WARNING), new Span(" "));
            }
            snippet.add(marked(hit.snippet()));
            add(snippet);
        }
    }

    static Marked marked(Highlighted text) {
        return new Marked(text.parts().stream().map(part -> new Marked.Part(part.text(), part.match())).toList());
    }
}
