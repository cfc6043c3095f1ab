package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanctionsmonitor.editorial.ui.HistoryPanel;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.ui.EditorTools;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.security.CurrentUser;
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
import com.vaadin.flow.component.html.Anchor;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceDetails;
import org.sanctionsmonitor.source.SourceService;

/** One source: title and excerpt in the original language beside the translation, provenance, and what cites it. */
@Route("sources/:id(\\d+)")
@RolesAllowed(Role.VIEWER_ROLE)
class SourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceService sources;
    private final ReviewService review;
    private final List<SourcePageSection> citedBy;
    private String title = "Source";

    SourceView(SourceService sources, ReviewService review, List<SourcePageSection> citedBy) {
        this.sources = sources;
        this.review = review;
        this.citedBy = citedBy;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SourceDetails source = RouteIds.longId(event, "id").flatMap(sources::details).orElse(null);
        if (source == null) {
            event.rerouteToError(NotFoundException.class, "No such source.");
            return;
        }
        title = source.titleOriginal() + " · Sanctions Monitor";
        removeAll();
        show(source);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SourceDetails source) {
        String type = source.type().label() + (source.stateMediaOfName() == null ? "" : " of " + source.stateMediaOfName());
        HorizontalLayout badges = new HorizontalLayout(new Badge(type, Badge.Tone.NEUTRAL),
                new Badge("Reliability " + source.reliability().label(), Badge.Tone.INFO));
        badges.addClassName("badges");
        if (source.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(new Badge(source.workflowState().title(), Badge.Tone.WARNING));
        }
        H1 heading = Texts.inLanguage(new H1(source.titleOriginal()), source.language());
        add(Texts.appLink("← All sources", Pages.SOURCES), heading, badges);

        Div facts = new Div(
                Texts.fact("Outlet", source.outlet()),
                Texts.fact("Originating outlet", source.originatingOutlet()),
                Texts.fact("Origin", source.origin()),
                Texts.fact("Language", Languages.name(source.language())),
                Texts.fact("Published", source.publishedOn() == null ? "Date not recorded" : Formats.date(source.publishedOn())),
                Texts.fact("Retrieved", Formats.date(source.retrievedOn())),
                Texts.fact("Translated by", translator(source)));
        facts.addClassName("facts");
        Div links = new Div(Texts.external("Open the original", source.url()), new Span(" · "),
                Texts.appLink("What the type and reliability grade mean", Pages.SOURCE_GUIDE));
        if (source.archivedUrl() != null) {
            links.add(new Span(" · "), Texts.external("Archived copy", source.archivedUrl()));
        }
        links.addClassName("links");
        VerticalLayout details = new VerticalLayout(facts, links, bilingual(source));
        details.setPadding(false);
        if (source.notes() != null) {
            Paragraph notes = new Paragraph("Editors' note: " + source.notes());
            notes.addClassName("note");
            details.add(notes);
        }
        VerticalLayout citations = Texts.section("Cited by");
        citedBy.forEach(section -> citations.add(section.create(source)));
        details.add(citations);
        if (!CurrentUser.canSeeUnpublished()) {
            add(details);
            return;
        }
        add(editorActions(source));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Source", details);
        Div history = new Div();
        tabs.add("History", history);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab().getLabel().equals("History") && history.getChildren().findAny().isEmpty()) {
                history.add(new HistoryPanel(sources.history(source.id()), revision -> {
                    sources.restore(source.id(), revision, source.version());
                    UI.getCurrent().refreshCurrentRoute(false);
                }));
            }
        });
        add(tabs);
    }

    /**
     * Edit, the workflow steps, and "from article to incident": select a passage of the original text, then start a
     * new incident or statement that cites this source with that passage.
     */
    private Component editorActions(SourceDetails source) {
        Anchor edit = Texts.appLink("Edit", Pages.sourceEditor(source.id()));
        edit.addClassName("button-link");
        Button newIncident = new Button("New incident from selection", click -> startFromSelection(Pages.NEW_INCIDENT, source.id()));
        Button newStatement = new Button("New statement from selection", click -> startFromSelection(Pages.NEW_STATEMENT, source.id()));
        newIncident.setTooltipText("Select a passage of the original text first; it becomes the supporting quote.");
        newStatement.setTooltipText("Select the quote in the original text first.");
        return new EditorTools(review, Source.TYPE, source.id(), sources.status(source.id()).orElseThrow(),
                sources.pendingChanges(source.id()), () -> UI.getCurrent().refreshCurrentRoute(false), edit, newIncident, newStatement);
    }

    private void startFromSelection(String route, long sourceId) {
        getElement().executeJs("return window.getSelection().toString()").then(String.class, selection -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("source", String.valueOf(sourceId));
            if (selection != null && !selection.isBlank()) {
                query.put("quote", selection.trim());
            }
            UI.getCurrent().navigate(route, QueryParameters.simple(query));
        });
    }

    /** Who or what translated it, when, and whether a person reviewed it. */
    private static String translator(SourceDetails source) {
        return source.hasTranslation() ? source.translation().text() : null;
    }

    /** Original and translation side by side; when the source is in English there is only the original. */
    private static Component bilingual(SourceDetails source) {
        Div original = new Div(new H3("Original · " + Languages.name(source.language())),
                Texts.inLanguage(source.titleOriginal(), source.language(), "title"));
        original.addClassNames("column", "original");
        if (source.excerptOriginal() != null) {
            original.add(Texts.inLanguage(source.excerptOriginal(), source.language(), "excerpt"));
        }
        Div columns = new Div(original);
        columns.addClassName("bilingual-columns");
        if (source.hasTranslation()) {
            Div translation = new Div(new H3("Translation · English"));
            translation.addClassNames("column", "translation");
            if (source.translation().machine()) {
                // Marked where it is read: a machine translation may be wrong in ways a reader cannot see.
                translation.add(new Badge(source.translation().mark(), source.translation().reviewed() ? Badge.Tone.INFO : Badge.Tone.WARNING));
            }
            if (source.titleTranslation() != null) {
                translation.add(Texts.inLanguage(source.titleTranslation(), "en", "title"));
            }
            if (source.excerptTranslation() != null) {
                translation.add(Texts.inLanguage(source.excerptTranslation(), "en", "excerpt"));
            }
            columns.add(translation);
        }
        return columns;
    }
}
