package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.Withdrawal;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.editorial.ui.WithdrawnNotice;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;

/**
 * One statement, read-only ({@code /statements/{id}}): who said it (each speaker linking to their page), when and how
 * precisely that is known, the stance, the summary, the quote in its language beside its translation (with who
 * translated it), the source and the incident it is about.
 */
@Route("statements/:id(\\d+)")
@RolesAllowed(Role.VIEWER_ROLE)
class StatementPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatementService statements;
    private String title = "Statement · Sanctions Monitor";

    StatementPageView(StatementService statements) {
        this.statements = statements;
        addClassNames("detail-view", "statement-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Drafts and unknown ids answer alike, so a reader cannot probe for unpublished statements; a withdrawn one says so.
        Optional<Long> id = RouteIds.longId(event, "id");
        StatementView statement = id.flatMap(statements::details).orElse(null);
        removeAll();
        if (statement == null) {
            Optional<Withdrawal> withdrawn = id.flatMap(statements::withdrawal);
            if (withdrawn.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No such statement.");
                return;
            }
            title = "Withdrawn statement · Sanctions Monitor";
            add(new WithdrawnNotice("statement", withdrawn.get(), "← All statements", Pages.STATEMENTS));
            return;
        }
        title = statement.speakers() + " · " + statement.stance().label() + " · Sanctions Monitor";
        show(statement);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(StatementView statement) {
        HorizontalLayout badges = new HorizontalLayout(StanceBadge.of(statement.stance(), statement.side()));
        badges.addClassName("badges");
        if (statement.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(new Badge(statement.workflowState().title(), Badge.Tone.WARNING));
        }
        if (CurrentUser.canSeeUnpublished()) {
            Anchor edit = Texts.appLink("Edit", Pages.statementEditor(statement.id()));
            edit.addClassName("button-link");
            badges.add(edit);
        }
        H1 heading = new H1();
        for (int i = 0; i < statement.speakerList().size(); i++) {
            StatementView.Speaker speaker = statement.speakerList().get(i);
            if (i > 0) {
                heading.add(new Span("; "));
            }
            heading.add(Texts.appLink(speaker.name(), Pages.actor(speaker.id())));
        }
        add(Texts.appLink("← All statements", Pages.STATEMENTS), heading, badges);

        Div facts = new Div(
                Texts.fact("Speakers", statement.speakers()),
                Texts.fact("Counts for", statement.countries()),
                Texts.fact("Said", said(statement)),
                Texts.fact("Stance", statement.stance().label()));
        facts.addClassName("facts");
        add(facts, new Paragraph(statement.summary()));

        if (statement.quoteOriginal() != null) {
            Div original = new Div(new H3("Quote · original"), Texts.inLanguage("“" + statement.quoteOriginal() + "”",
                    statement.quoteLanguage(), "quote"));
            original.addClassNames("column", "original");
            Div columns = new Div(original);
            columns.addClassName("bilingual-columns");
            if (statement.quoteTranslation() != null) {
                Div translation = new Div(new H3("Translation · English"),
                        TranslationNote.translated(statement.quoteTranslation(), statement.translation()));
                translation.addClassNames("column", "translation");
                columns.add(translation);
            }
            add(columns);
        }
        if (statement.attributionNote() != null) {
            Paragraph note = new Paragraph("Attribution: " + statement.attributionNote());
            note.addClassName("warning");
            add(note);
        }
        VerticalLayout where = Texts.section("Source and incident");
        if (statement.sourceId() != null) {
            where.add(new Div(new Span("Source: "), Texts.appLink(Labels.source(statement.sourceOutlet(),
                    statement.sourceOriginatingOutlet(), statement.sourceTitle()), Pages.source(statement.sourceId()))));
        } else {
            where.add(Texts.empty("No source is recorded for it."));
        }
        if (statement.incidentId() != null) {
            where.add(new Div(new Span("About: "), Texts.appLink(statement.incidentTitle(), Pages.incident(statement.incidentId()))));
        }
        add(where);
    }

    /** "5 Nov 2025 (known to the day)", "Nov 2025 (known to the month)", "undated, reported 5 Nov 2025". */
    static String said(StatementView statement) {
        String date = statement.dateText();
        return statement.saidPrecision() == SaidPrecision.UNDATED ? date : date + " (known to " + statement.saidPrecision().label() + ")";
    }
}
