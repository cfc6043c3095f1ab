package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (status, verification, workflow state). Its text is always plain text. */
public class Badge extends Span {

    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, DANGER }

    public Badge(String text, Tone tone) {
        setText(text);
        addClassNames("badge", "badge-" + tone.name().toLowerCase());
    }
}
