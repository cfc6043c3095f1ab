package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.Set;

/**
 * Small building blocks of the detail pages. User text is only ever set as text, never as HTML, and it is laid out in
 * its own direction: right to left where its language is written so ({@link #inLanguage}), by its first letter where
 * its language is not known ({@link #userText}, and the {@code unicode-bidi: plaintext} rules in app.css).
 */
public final class Texts {

    /** Languages written right to left, by their BCP 47 language subtag. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk",
            "he", "iw", "ji", "khw", "ks", "lrc", "mzn", "pnb", "prs", "ps", "sd", "skr", "syr", "ug", "ur", "yi");
    /** Scripts written right to left, by their ISO 15924 code: "az-Arab" is, "ku-Latn" is not. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Adlm", "Arab", "Aran", "Hebr", "Mand", "Nkoo", "Rohg",
            "Samr", "Syrc", "Thaa");

    private Texts() {
    }

    /** {@code rtl} or {@code ltr} for text in this language (a BCP 47 tag: ar, fa-IR, az-Arab); {@code auto} when unknown. */
    public static String direction(String language) {
        if (language == null || language.isBlank()) {
            return "auto";
        }
        Locale locale = Locale.forLanguageTag(language.trim());
        if (locale.getLanguage().isEmpty()) {
            return "auto";
        }
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript()) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /** Marks a component's text with its language (for screen readers and fonts) and the direction it is written in. */
    public static <C extends HasElement> C inLanguage(C component, String language) {
        if (language != null && !language.isBlank()) {
            component.getElement().setAttribute("lang", language);
        }
        component.getElement().setAttribute("dir", direction(language));
        return component;
    }

    /** Marks a component's text as user text in a language not known here: it takes the direction of its first letter. */
    public static <C extends HasElement> C userText(C component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }

    /** A "label: value" line, hidden when the value is blank. */
    public static Div fact(String label, String value) {
        Div fact = new Div();
        fact.addClassName("fact");
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = userText(new Span(value == null ? "" : value));
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

    /**
     * A link inside the app by path (e.g. "incidents/new?source=3"), followed by the router without a page reload. Its
     * text is often a title, so it takes its own direction, set apart from the text around it.
     */
    public static Anchor appLink(String text, String path) {
        Anchor anchor = userText(new Anchor(path, text));
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /** Text in the language it was written in, marked with that language and laid out in its direction. */
    public static Paragraph inLanguage(String text, String language, String className) {
        Paragraph paragraph = inLanguage(new Paragraph(text), language);
        paragraph.addClassName(className);
        return paragraph;
    }
}
