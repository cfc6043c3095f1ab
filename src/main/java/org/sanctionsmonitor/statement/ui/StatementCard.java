package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.statement.StatementView;

/**
 * One statement: who (each speaker linking to their page), when, which stance, the editors' summary, and the quote in
 * its language beside its translation, with who translated it.
 */
public class StatementCard extends Div {

    public StatementCard(StatementView statement, boolean linkIncident) {
        addClassNames("card", "statement", "stance-" + statement.stance().name().toLowerCase());
        Badge stance = StanceBadge.of(statement.stance(), statement.side());
        Span speakers = new Span();
        speakers.addClassName("speaker");
        for (int i = 0; i < statement.speakerList().size(); i++) {
            StatementView.Speaker speaker = statement.speakerList().get(i);
            if (i > 0) {
                speakers.add(new Span("; "));
            }
            speakers.add(Texts.appLink(speaker.label(), Pages.actor(speaker.id())));
        }
        if (statement.countries() != null) {
            speakers.add(new Span(" (" + statement.countries() + ")"));
        }
        Anchor date = Texts.appLink(statement.dateText(), Pages.statement(statement.id()));
        date.addClassName("meta");
        date.getElement().setAttribute("title", "This statement's page");
        Div heading = new Div(stance, speakers, date);
        if (statement.workflowState() != WorkflowState.PUBLISHED) {
            heading.add(new Badge(statement.workflowState().title(), Badge.Tone.WARNING));
        }
        if (CurrentUser.canSeeUnpublished()) {
            Anchor edit = Texts.appLink("Edit", Pages.statementEditor(statement.id()));
            edit.addClassName("meta");
            heading.add(edit);
        }
        add(heading, new Paragraph(statement.summary()));

        if (statement.quoteOriginal() != null) {
            Div quote = new Div(Texts.inLanguage("“" + statement.quoteOriginal() + "”", statement.quoteLanguage(), "quote"));
            quote.addClassName("bilingual");
            if (statement.quoteTranslation() != null) {
                quote.add(TranslationNote.translated(statement.quoteTranslation(), statement.translation()));
            }
            add(quote);
        }
        if (statement.attributionNote() != null) {
            Paragraph note = new Paragraph("Attribution: " + statement.attributionNote());
            note.addClassName("warning");
            add(note);
        }
        Div links = new Div();
        links.addClassName("meta");
        if (statement.sourceId() != null) {
            links.add(new Span("Source: "), Texts.appLink(Labels.outlet(statement.sourceOutlet(), statement.sourceOriginatingOutlet()), Pages.source(statement.sourceId())));
        }
        if (linkIncident && statement.incidentId() != null) {
            links.add(new Span(" · About: "), Texts.appLink(statement.incidentTitle(), Pages.incident(statement.incidentId())));
        }
        add(links);
    }
}
