package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorProfile;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;

/**
 * A speaker's page for readers ({@code /actors/{id}}): who they are, the other names they are known by, and what they
 * said, claims beside denials, newest first; each side links to its complete list.
 */
@Route("actors/:id(\\d+)")
@RolesAllowed(Role.VIEWER_ROLE)
class ActorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The statements each side shows here; the list behind the side's link has them all. */
    static final int PER_SIDE = 25;

    private final ActorService actors;
    private final StatementService statements;
    private String title = "Speaker · Sanctions Monitor";

    ActorView(ActorService actors, StatementService statements) {
        this.actors = actors;
        this.statements = statements;
        addClassNames("detail-view", "actor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActorProfile actor = RouteIds.longId(event, "id").flatMap(actors::profile).orElse(null);
        if (actor == null) {
            event.rerouteToError(NotFoundException.class, "No such speaker.");
            return;
        }
        title = actor.name() + " · Sanctions Monitor";
        removeAll();
        show(actor);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ActorProfile actor) {
        add(Texts.appLink("← All statements", Pages.STATEMENTS), Texts.userText(new H1(actor.name())));
        if (actor.title() != null) {
            add(Texts.userText(new Paragraph(actor.title())));
        }
        Div facts = new Div(
                Texts.fact("Kind", actor.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)),
                country(actor),
                Texts.fact("Statements", actor.statements() == 0 ? null : count(actor.allegations(), "claim", "claims") + ", "
                        + count(actor.denials(), "denial or non-answer", "denials or non-answers") + ", "
                        + count(actor.reports(), "report", "reports")),
                Texts.fact("Between", actor.firstSaid() == null ? null : Formats.date(actor.firstSaid()) + " and " + Formats.date(actor.lastSaid())));
        facts.addClassName("facts");
        add(facts);
        if (!actor.otherNames().isEmpty()) {
            UnorderedList names = new UnorderedList();
            names.addClassName("other-names");
            actor.otherNames().forEach(name -> names.add(Texts.userText(new ListItem(name))));
            VerticalLayout known = Texts.section("Also known as");
            known.add(names);
            add(known);
        }
        VerticalLayout said = Texts.section("What they said");
        StatementFilter theirs = StatementFilter.NONE.withSpeaker(actor.id());
        HorizontalLayout columns = new HorizontalLayout(
                side(theirs, StanceSide.ALLEGATION, "Claims", actor.allegations()),
                side(theirs, StanceSide.DENIAL, "Denials and non-answers", actor.denials()));
        columns.setWidthFull();
        said.add(columns);
        if (actor.reports() > 0) {
            said.add(side(theirs, StanceSide.NEUTRAL, "Reported without a claim or denial", actor.reports()));
        }
        add(said);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static Component country(ActorProfile actor) {
        Div fact = Texts.fact("Country", actor.countryName());
        if (actor.countryCode() != null) {
            fact.getChildren().skip(1).findFirst().ifPresent(value -> {
                fact.remove(value);
                fact.add(Texts.appLink(actor.countryName(), Pages.country(actor.countryCode())));
            });
        }
        return fact;
    }

    /** One side of what the speaker said, newest first, and a link to all of it in the statement list. */
    private Component side(StatementFilter theirs, StanceSide side, String heading, int count) {
        VerticalLayout column = new VerticalLayout(new H3(heading + " (" + count + ")"));
        column.addClassNames("statement-column", side.name().toLowerCase(java.util.Locale.ROOT));
        column.setPadding(false);
        List<StatementView> shown = count == 0 ? List.of() : statements.page(theirs.withSide(side), null, 0, PER_SIDE).items();
        if (shown.isEmpty()) {
            column.add(Texts.empty("None recorded."));
        }
        shown.forEach(statement -> column.add(new StatementCard(statement, true)));
        if (count > 0) {
            column.add(Texts.appLink(count > shown.size() ? "All " + count + " in the statement list" : "In the statement list",
                    Pages.withQuery(Pages.STATEMENTS, theirs.withSide(side).toQuery())));
        }
        return column;
    }
}
