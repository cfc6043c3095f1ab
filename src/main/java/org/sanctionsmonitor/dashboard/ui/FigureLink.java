package org.sanctionsmonitor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A key figure: a big number with its label; a link to the list behind it when there is one. */
final class FigureLink {

    private FigureLink() {
    }

    static Div of(String label, Object value, String location) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Div figure = new Div();
        figure.addClassName("figure");
        if (location == null) {
            figure.add(number, text);
        } else {
            Anchor link = new Anchor(location);
            link.add(number, text);
            link.addClassName("figure-link");
            figure.add(link);
        }
        return figure;
    }
}
