package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.Withdrawal;

/** Shown to readers at the address of a record that was withdrawn: what it was, that it was withdrawn, and why. */
public class WithdrawnNotice extends Div {

    public WithdrawnNotice(String noun, Withdrawal withdrawal, String backText, String backLocation) {
        addClassName("withdrawn");
        Paragraph reason = new Paragraph("This " + noun + " was withdrawn by the editors"
                + (withdrawal.reason() == null ? "." : ": " + withdrawal.reason()));
        reason.addClassName("warning");
        add(Texts.appLink(backText, backLocation), new H1(withdrawal.title()), reason,
                new Paragraph("It no longer counts in any list or figure."));
    }
}
