package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Small building blocks of the detail pages. User text is only ever set as text, never as HTML. */
public final class Texts {

    private Texts() {
    }

    /** A "label: value" line, hidden when the value is blank. */
    public static Div fact(String label, String value) {
        Div fact = new Div();
        fact.addClassName("fact");
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        fact.add(name, text);
        fact.setVisible(value != null && !value.isBlank());
        return fact;
    }

    /** A titled section of a detail page. */
    public static VerticalLayout section(String heading) {
        VerticalLayout section = new VerticalLayout(new H2(heading));
        section.setPadding(false);
        section.addClassName("section");
        return section;
    }

    /** What a section says when it has nothing to show. */
    public static Paragraph empty(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty");
        return empty;
    }

    /** A link that leaves the app, opened in a new tab without giving the other site a handle on this one. */
    public static com.vaadin.flow.component.Component external(String text, String url) {
        if (url == null || !url.matches("(?i)^https?://.*")) {
            return new Span(text); // never a javascript: or data: link
        }
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget("_blank");
        anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return anchor;
    }

    /** A link inside the app by path (e.g. "incidents/new?source=3"), followed by the router without a page reload. */
    public static Anchor appLink(String text, String path) {
        Anchor anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /** Text in the language it was written in, marked with that language for screen readers and fonts. */
    public static Paragraph inLanguage(String text, String language, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        if (language != null) {
            paragraph.getElement().setAttribute("lang", language);
        }
        return paragraph;
    }
}
