package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.WorkflowState;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.resolution.ui.ResolutionView;
import org.sanctionsmonitor.history.ui.HistoryPanel;
import org.sanctionsmonitor.review.ItemType;
import org.sanctionsmonitor.review.ReviewService;
import org.sanctionsmonitor.review.ui.WorkflowBar;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.ui.SourceView;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;
import org.sanctionsmonitor.statement.ui.StatementCard;

/**
 * One incident: who is involved in which role, when (as precisely as known), which provisions it allegedly breaches
 * (and whether they were in force then), the sources with their supporting quotes, and the claims against the denials.
 */
@Route("incidents/:id(\\d+)")
@RolesAllowed(Role.VIEWER_ROLE)
public class IncidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncidentService incidents;
    private final StatementService statements;
    private final ReviewService review;
    private String title = "Incident";

    IncidentView(IncidentService incidents, StatementService statements, ReviewService review) {
        this.incidents = incidents;
        this.statements = statements;
        this.review = review;
        addClassName("detail-view");
    }

    /** A link to the page of the incident with this id. */
    public static RouterLink link(String text, long id) {
        return new RouterLink(text, IncidentView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Drafts and unknown ids answer alike, so a reader cannot probe for unpublished incidents.
        IncidentDetails incident = RouteIds.longId(event, "id")
                .flatMap(incidents::details)
                .orElse(null);
        if (incident == null) {
            event.rerouteToError(NotFoundException.class, "No such incident.");
            return;
        }
        title = incident.title() + " · Sanctions Monitor";
        removeAll();
        show(incident, statements.forIncident(incident.id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(IncidentDetails incident, List<StatementView> said) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.addClassName("badges");
        badges.add(new Badge(incident.kind().label(), Badge.Tone.NEUTRAL));
        if (incident.kind() == IncidentKind.VIOLATION) {
            badges.add(IncidentBadges.status(incident.status()), new Badge("Confidence: " + incident.confidence().label(), Badge.Tone.NEUTRAL));
        }
        if (incident.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(IncidentBadges.workflow(incident.workflowState()));
        }
        add(new RouterLink("← All incidents", IncidentListView.class), new H1(incident.title()), badges);
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        if (CurrentUser.canSeeUnpublished()) {
            add(editorActions(incident));
            TabSheet tabs = new TabSheet();
            tabs.setWidthFull();
            tabs.add("Details", details);
            Div history = new Div();
            tabs.add("History", history);
            tabs.addSelectedChangeListener(e -> {
                if (e.getSelectedTab().getLabel().equals("History") && history.getChildren().findAny().isEmpty()) {
                    history.add(new HistoryPanel(incidents.history(incident.id()), revision -> {
                        incidents.restore(incident.id(), revision, incident.version());
                        Notification.show("Restored revision " + revision + " as the current version.");
                        UI.getCurrent().refreshCurrentRoute(false);
                    }));
                }
            });
            add(tabs);
        } else {
            add(details);
        }
        showDetails(details, incident, said);
    }

    private Component editorActions(IncidentDetails incident) {
        RouterLink edit = new RouterLink("Edit", IncidentEditorView.class, new RouteParameters("id", String.valueOf(incident.id())));
        edit.addClassName("button-link");
        Anchor statement = Texts.appLink("Add a statement", "statements/new?incident=" + incident.id());
        statement.addClassName("button-link");
        HorizontalLayout actions = new HorizontalLayout(edit, statement, new WorkflowBar(review, ItemType.INCIDENT, incident.id(),
                incident.editorialStatus(), () -> UI.getCurrent().refreshCurrentRoute(false)));
        actions.addClassName("editor-actions");
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private void showDetails(VerticalLayout target, IncidentDetails incident, List<StatementView> said) {

        Div facts = new Div(
                Texts.fact("Date", incident.dateText() + " (known to the " + incident.datePrecision().name().toLowerCase() + ")"),
                Texts.fact("Category", incident.category().label()),
                Texts.fact("Place", incident.place()),
                Texts.fact("Coordinates", incident.latitude() == null ? null : incident.latitude() + ", " + incident.longitude()),
                Texts.fact("Last changed", Formats.instant(incident.updatedAt()) + " by " + incident.updatedBy()));
        facts.addClassName("facts");
        target.add(facts, parties(incident.parties()));
        if (incident.summary() != null) {
            target.add(new Paragraph(incident.summary()));
        }
        if (incident.notes() != null) {
            Paragraph notes = new Paragraph("Editors' note: " + incident.notes());
            notes.addClassName("note");
            target.add(notes);
        }
        target.add(provisions(incident), sources(incident.sources()), statements(said));
    }

    private static Component parties(List<IncidentDetails.Party> parties) {
        Div block = new Div();
        block.addClassName("parties");
        for (PartyRole role : PartyRole.values()) {
            String names = parties.stream().filter(p -> p.role() == role).map(IncidentDetails.Party::countryName)
                    .collect(Collectors.joining(", "));
            block.add(Texts.fact(role.label(), names.isEmpty() ? null : names));
        }
        return block;
    }

    private static Component provisions(IncidentDetails incident) {
        VerticalLayout section = Texts.section("Provisions allegedly breached");
        if (incident.provisions().isEmpty()) {
            section.add(Texts.empty("No provision has been linked to this " + (incident.kind() == IncidentKind.EVENT ? "event." : "incident.")));
        }
        for (IncidentDetails.BreachedProvision provision : incident.provisions()) {
            Div card = new Div();
            card.addClassName("card");
            RouterLink link = ResolutionView.link("UNSCR " + provision.resolutionNumber() + " " + provision.label(), provision.resolutionNumber());
            HorizontalLayout heading = new HorizontalLayout(link);
            heading.addClassName("badges");
            if (provision.verification() != Verification.VERIFIED) {
                heading.add(new Badge(provision.verification().label(), Badge.Tone.WARNING));
            }
            card.add(heading, new Paragraph(provision.summary()));
            Paragraph rationale = new Paragraph("Why: " + provision.rationale());
            rationale.addClassName("rationale");
            card.add(rationale);
            if (!provision.inForceOnIncidentDate()) {
                Paragraph warning = new Paragraph("Not in force on " + Formats.date(incident.dateFrom())
                        + ": this provision was not in force on the incident's date.");
                warning.addClassNames("warning", "not-in-force");
                card.add(warning);
            }
            section.add(card);
        }
        return section;
    }

    private static Component sources(List<IncidentDetails.CitedSource> sources) {
        VerticalLayout section = Texts.section("Sources (" + sources.size() + ")");
        if (sources.isEmpty()) {
            section.add(Texts.empty("No source cited yet."));
        }
        for (IncidentDetails.CitedSource source : sources) {
            Div card = new Div();
            card.addClassName("card");
            RouterLink link = SourceView.link(source.titleOriginal(), source.sourceId());
            Span meta = new Span(source.outlet() + " · " + source.language()
                    + (source.publishedOn() == null ? "" : " · " + Formats.date(source.publishedOn())));
            meta.addClassName("meta");
            card.add(link, meta);
            if (source.titleTranslation() != null) {
                Paragraph translated = new Paragraph(source.titleTranslation());
                translated.addClassName("translation");
                card.add(translated);
            }
            if (source.supportingQuote() != null) {
                Paragraph quote = new Paragraph("“" + source.supportingQuote() + "”");
                quote.addClassName("quote");
                card.add(quote);
            }
            if (source.note() != null) {
                Paragraph note = new Paragraph("Note: " + source.note());
                note.addClassName("warning");
                card.add(note);
            }
            section.add(card);
        }
        return section;
    }

    private static Component statements(List<StatementView> said) {
        VerticalLayout section = Texts.section("Claims and denials");
        List<StatementView> claims = said.stream().filter(s -> s.stance().supportsClaim()).toList();
        List<StatementView> denials = said.stream().filter(s -> !s.stance().supportsClaim()).toList();
        HorizontalLayout columns = new HorizontalLayout(column("Claims (" + claims.size() + ")", claims, "claims"),
                column("Denials and non-answers (" + denials.size() + ")", denials, "denials"));
        columns.setWidthFull();
        section.add(columns);
        return section;
    }

    private static Component column(String heading, List<StatementView> statements, String className) {
        VerticalLayout column = new VerticalLayout(new H3(heading));
        column.addClassNames("statement-column", className);
        column.setPadding(false);
        if (statements.isEmpty()) {
            column.add(Texts.empty("None recorded."));
        }
        statements.forEach(statement -> column.add(new StatementCard(statement, false)));
        return column;
    }
}
