package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The body of the error pages: what happened, in words, and a way back (the previous page and the overview). Never a
 * stack trace, never the exception's own message.
 */
class ErrorPage extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph explanation = new Paragraph();
    final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create(), click -> UI.getCurrent().getPage().getHistory().back());
    /** "." is the app's root: Vaadin's base URL points there from any page. */
    final Anchor overview = new Anchor(".", "Go to the overview");

    ErrorPage(String heading, String explanation) {
        addClassName("error-page");
        this.heading.setText(heading);
        this.explanation.setText(explanation);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout ways = new HorizontalLayout(back, overview);
        ways.setAlignItems(Alignment.BASELINE);
        add(this.heading, this.explanation, ways);
    }

    /** Every page has a title that says where the reader is, an error page too. */
    @Override
    public String getPageTitle() {
        return heading.getText() + " · Sanctions Monitor";
    }
}
