package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Text with some parts marked, e.g. the words that matched a search: built from text nodes and {@code <mark>}
 * elements whose content is set as text, so that nothing in the text is ever read as markup.
 */
public class Marked extends Span {

    /** A piece of the text, marked or not. */
    public record Part(String text, boolean marked) {
    }

    public Marked(List<Part> parts) {
        addClassName("marked");
        for (Part part : parts) {
            if (part.marked()) {
                Mark mark = new Mark();
                mark.getElement().setText(part.text());
                add(mark);
            } else {
                add(new Text(part.text()));
            }
        }
    }

    /** The {@code <mark>} element. */
    @Tag("mark")
    public static class Mark extends HtmlComponent {
    }
}
