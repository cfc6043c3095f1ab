package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.editorial.Withdrawal;
import org.sanctionsmonitor.editorial.ui.WithdrawnNotice;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.incident.Incident;
import java.util.stream.Collectors;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.editorial.ui.HistoryPanel;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.ui.EditorTools;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;

/**
 * One incident: who is involved in which role, when (as precisely as known), which provisions it allegedly breaches
 * (and whether they were in force then), the sources with their supporting quotes, and the claims against the denials.
 */
@Route("incidents/:id(\\d+)")
@RolesAllowed(Role.VIEWER_ROLE)
class IncidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncidentService incidents;
    private final ReviewService review;
    private final List<IncidentPageSection> sections;
    private final List<IncidentPageTool> tools;
    private String title = "Incident";

    IncidentView(IncidentService incidents, ReviewService review, List<IncidentPageSection> sections, List<IncidentPageTool> tools) {
        this.incidents = incidents;
        this.review = review;
        this.sections = sections;
        this.tools = tools;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Drafts and unknown ids answer alike, so a reader cannot probe for unpublished incidents; a withdrawn one says so.
        Optional<Long> id = RouteIds.longId(event, "id");
        IncidentDetails incident = id.flatMap(incidents::details).orElse(null);
        if (incident == null) {
            Optional<Withdrawal> withdrawn = id.flatMap(incidents::withdrawal);
            if (withdrawn.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No such incident.");
                return;
            }
            title = withdrawn.get().title() + " (withdrawn) · Sanctions Monitor";
            removeAll();
            add(new WithdrawnNotice("incident", withdrawn.get(), "← All incidents", Pages.INCIDENTS));
            return;
        }
        title = incident.title() + " · Sanctions Monitor";
        removeAll();
        show(incident);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(IncidentDetails incident) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.addClassName("badges");
        badges.add(new Badge(incident.kind().label(), Badge.Tone.NEUTRAL));
        if (incident.kind() == IncidentKind.VIOLATION) {
            badges.add(IncidentBadges.status(incident.status()), new Badge("Confidence: " + incident.confidence().label(), Badge.Tone.NEUTRAL));
        }
        if (incident.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(IncidentBadges.workflow(incident.workflowState()));
        }
        add(Texts.appLink("← All incidents", Pages.INCIDENTS), new H1(incident.title()), badges);
        tools.forEach(tool -> badges.add(tool.create(incident)));
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
        showDetails(details, incident);
    }

    private Component editorActions(IncidentDetails incident) {
        Anchor edit = Texts.appLink("Edit", Pages.incidentEditor(incident.id()));
        edit.addClassName("button-link");
        Anchor statement = Texts.appLink("Add a statement", Pages.withQuery(Pages.NEW_STATEMENT, Map.of("incident", String.valueOf(incident.id()))));
        statement.addClassName("button-link");
        return new EditorTools(review, Incident.TYPE, incident.id(), incidents.status(incident.id()).orElseThrow(),
                incidents.pendingChanges(incident.id()), () -> UI.getCurrent().refreshCurrentRoute(false), edit, statement);
    }

    private void showDetails(VerticalLayout target, IncidentDetails incident) {

        Div facts = new Div(
                Texts.fact("Date", incident.dateText() + " (known to the " + incident.datePrecision().name().toLowerCase() + ")"),
                Texts.fact("Category", incident.categoryLabel()),
                Texts.fact("Place", incident.place()),
                Texts.fact("Coordinates", incident.latitude() == null ? null : incident.latitude() + ", " + incident.longitude()),
                Texts.fact("Last changed", Formats.instant(incident.updatedAt()) + " by "
                        + (incident.updatedByName() == null ? "the editors" : incident.updatedByName())));
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
        target.add(provisions(incident));
        incidents.corroboration(incident.id()).ifPresent(corroboration -> target.add(new CorroborationPanel(corroboration)));
        target.add(sources(incident.sources()));
        sections.forEach(section -> target.add(section.create(incident)));
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
            Anchor link = Texts.appLink("UNSCR " + provision.resolutionNumber() + " " + provision.label(),
                    Pages.resolution(provision.resolutionNumber()));
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
            Anchor link = Texts.appLink(source.titleOriginal(), Pages.source(source.sourceId()));
            Span meta = new Span(Labels.outlet(source.outlet(), source.originatingOutlet()) + " · " + source.language()
                    + (source.publishedOn() == null ? "" : " · " + Formats.date(source.publishedOn())));
            meta.addClassName("meta");
            card.add(link, meta);
            if (source.titleTranslation() != null) {
                Paragraph translated = new Paragraph(source.titleTranslation());
                translated.addClassName("translation");
                if ("MACHINE".equals(source.translationMethod())) {
                    translated.addComponentAsFirst(new Badge("Machine translation", Badge.Tone.WARNING));
                    translated.getElement().insertChild(1, com.vaadin.flow.dom.Element.createText(" "));
                }
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
}
