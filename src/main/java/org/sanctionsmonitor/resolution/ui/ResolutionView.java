package org.sanctionsmonitor.resolution.ui;

import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.editorial.ui.HistoryPanel;
import org.sanctionsmonitor.editorial.ui.EditorTools;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.AppNavigation;
import org.sanctionsmonitor.resolution.ProvisionCitation;
import org.sanctionsmonitor.resolution.CitationCounts;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.base.ui.chart.ChartCard;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.resolution.InForcePeriod;
import org.sanctionsmonitor.resolution.ResolutionDetails;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.security.Role;

/** A resolution, e.g. {@code /resolutions/1718}: its facts, its provisions with their in-force periods, and who cites them. */
@Route("resolutions/:number")
@RolesAllowed(Role.VIEWER_ROLE)
class ResolutionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResolutionService resolutions;
    private final ReviewService review;
    private String title = "Resolution";

    ResolutionView(ResolutionService resolutions, ReviewService review) {
        this.resolutions = resolutions;
        this.review = review;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ResolutionDetails resolution = RouteIds.intId(event, "number")
                .flatMap(resolutions::details).orElse(null);
        if (resolution == null) {
            event.rerouteToError(NotFoundException.class, "No such resolution.");
            return;
        }
        title = "UNSCR " + resolution.number() + " · Sanctions Monitor";
        removeAll();
        show(resolution, resolutions.citationCounts(resolution.number()), resolutions.citations(resolution.number()).stream()
                .collect(Collectors.groupingBy(ProvisionCitation::provisionId)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ResolutionDetails resolution, Map<Long, CitationCounts> counts, Map<Long, List<ProvisionCitation>> citations) {
        add(Texts.appLink("← All resolutions", Pages.RESOLUTIONS), new H1(resolution.title()));
        if (resolution.workflowState() != WorkflowState.PUBLISHED) {
            add(new Badge(resolution.workflowState().title(), Badge.Tone.WARNING));
        }
        if (CurrentUser.canSeeUnpublished()) {
            add(editorTools(resolution));
        }
        Div facts = new Div(
                Texts.fact("Regime", resolution.regimeName()),
                Texts.fact("Adopted", Formats.date(resolution.adoptedOn())
                        + (resolution.meeting() == null ? "" : ", " + resolution.meeting())),
                Texts.fact("Vote", vote(resolution)));
        facts.addClassName("facts");
        add(facts);
        if (resolution.summary() != null) {
            add(new Paragraph(resolution.summary()));
        }
        if (resolution.url() != null) {
            add(new Div(Texts.external("Official record", resolution.url())));
        }
        if (resolution.notes() != null) {
            Paragraph notes = new Paragraph("Editors' note: " + resolution.notes());
            notes.addClassName("note");
            add(notes);
        }
        if (!resolution.provisions().isEmpty()) {
            add(inForceChart(resolution, counts));
        }
        VerticalLayout section = Texts.section("Provisions (" + resolution.provisions().size() + ")");
        if (resolution.provisions().isEmpty()) {
            section.add(Texts.empty("No provisions recorded for this resolution."));
        }
        resolution.provisions().forEach(p -> section.add(provision(resolution, p, counts.getOrDefault(p.id(), CitationCounts.none(p.id())),
                citations.getOrDefault(p.id(), List.of()))));
        add(section);
    }

    /** Each provision's periods in force on a time axis, with the incidents citing it per year and how many they are. */
    private static ChartCard inForceChart(ResolutionDetails resolution, Map<Long, CitationCounts> citations) {
        ChartCard card = new ChartCard("In force over time, and the incidents citing each provision", "No provisions recorded.")
                .withNote("Blue: in force. Orange: the incidents of a year citing the provision; red: some of them cite it although "
                        + "it was not in force on their date. The number after each provision counts the published incidents citing it.");
        card.addClassName("in-force-chart");
        card.fitHeightToRows(resolution.provisions().size() + 2);
        card.show(ResolutionCharts.option(resolution.provisions(), citations, LocalDate.now(ZoneOffset.UTC)),
                ResolutionCharts.table(resolution.provisions(), citations));
        card.getChart().addChartClickListener(e -> e.getFilter().ifPresent(AppNavigation::open));
        return card;
    }

    /** Edit, the workflow steps, what a pending revision changes, and the history with restore. */
    private Component editorTools(ResolutionDetails resolution) {
        Anchor edit = Texts.appLink("Edit", Pages.resolutionEditor(resolution.number()));
        edit.addClassName("button-link");
        Runnable refresh = () -> UI.getCurrent().refreshCurrentRoute(false);
        EditorialStatus status = resolutions.status(resolution.id()).orElseThrow();
        Details history = new Details("History");
        history.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryPanel(resolutions.history(resolution.id()), revision -> {
                    resolutions.restore(resolution.id(), revision, status.version());
                    refresh.run();
                }));
            }
        });
        return new Div(new EditorTools(review, Resolution.TYPE, resolution.id(), status, resolutions.pendingChanges(resolution.id()),
                refresh, edit), history);
    }

    private static String vote(ResolutionDetails resolution) {
        if (resolution.votesFor() == null) {
            return resolution.voteText();
        }
        String counts = resolution.votesFor() + "–" + resolution.votesAgainst() + "–" + resolution.votesAbstain();
        return resolution.voteText() == null ? counts : counts + " (" + resolution.voteText() + ")";
    }

    private static Div provision(ResolutionDetails resolution, ResolutionDetails.ProvisionView provision, CitationCounts counts,
            List<ProvisionCitation> citations) {
        Div card = new Div();
        card.addClassNames("card", "provision");
        card.setId("provision-" + provision.id());
        HorizontalLayout heading = new HorizontalLayout(new H3(provision.citation(resolution.number(), resolution.adoptedOn())),
                new Badge(provision.measureType().label(), Badge.Tone.NEUTRAL),
                new Badge(provision.binding() ? "Binding" : "Non-binding", Badge.Tone.INFO));
        heading.addClassName("badges");
        if (provision.verification() != Verification.VERIFIED) {
            heading.add(new Badge(provision.verification().label(), Badge.Tone.WARNING));
        }
        card.add(heading, new Paragraph(provision.summary()));
        if (provision.verificationNote() != null) {
            Paragraph note = new Paragraph("Verification: " + provision.verificationNote());
            note.addClassName("warning");
            card.add(note);
        }
        card.add(Texts.fact("In force", periods(provision.periods())));
        Div citing = new Div(new Span("Incidents citing it (" + Math.max(counts.incidents(), citations.size()) + "): "));
        citing.addClassName("citations");
        if (counts.incidents() == 0 && citations.isEmpty()) {
            citing.add(new Span("none"));
        }
        if (counts.incidents() > ResolutionService.LISTED_CITATIONS) {
            // Too many to list here: the incident list shows them, a page at a time.
            citing.add(Texts.appLink("show all " + String.format("%,d", counts.incidents()), ResolutionCharts.incidentsCiting(provision.id())));
            if (counts.notInForce() > 0) {
                citing.add(new Badge(String.format("%,d", counts.notInForce()) + " of them: not in force on the incident's date",
                        Badge.Tone.WARNING));
            }
        }
        for (ProvisionCitation citation : citations) {
            Div line = new Div(Texts.appLink(citation.title(), Pages.incident(citation.incidentId())), new Span(" · " + citation.dateText()));
            if (!citation.inForceOnIncidentDate()) {
                line.add(new Badge("Not in force on the incident's date", Badge.Tone.WARNING));
            }
            citing.add(line);
        }
        card.add(citing);
        return card;
    }

    /** "14 Oct 2006 – today" or "23 Dec 2006 – 16 Jan 2016; 28 Sep 2025 – today". */
    static String periods(List<InForcePeriod> periods) {
        if (periods.isEmpty()) {
            return "Not recorded";
        }
        return periods.stream()
                .map(p -> Formats.date(p.from()) + " – " + (p.until() == null ? "today" : "lapsed " + Formats.date(p.until()))
                        + (p.note() == null ? "" : " (" + p.note() + ")"))
                .collect(Collectors.joining("; "));
    }
}
