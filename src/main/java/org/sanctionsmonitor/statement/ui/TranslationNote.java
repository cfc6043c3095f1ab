package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.source.Translation;

/** A translated quote where it is read: the English text, marked when a machine made it, and who made it when. */
final class TranslationNote {

    private TranslationNote() {
    }

    static Div translated(String text, Translation translation) {
        Div block = new Div();
        block.addClassName("translated");
        block.add(Texts.inLanguage("“" + text + "”", "en", "translation"));
        Span provenance = new Span(translation == null ? "Translation" : translation.text());
        provenance.addClassNames("meta", "translation-provenance");
        if (translation != null && translation.machine()) {
            block.add(new Badge(translation.mark(), translation.reviewed() ? Badge.Tone.INFO : Badge.Tone.WARNING));
        }
        block.add(provenance);
        return block;
    }
}
