package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceType;

/**
 * What readers need to weigh the evidence ({@code /sources/guide}): the A–F reliability scale, the source types, how
 * corroboration counts outlets and independent origins, and how translations are marked.
 */
@Route("sources/guide")
@PageTitle("Sources: reliability, types and corroboration · Sanctions Monitor")
@RolesAllowed(Role.VIEWER_ROLE)
class SourceGuideView extends VerticalLayout {

    SourceGuideView() {
        addClassNames("detail-view", "source-guide");
        add(Texts.appLink("← All sources", Pages.SOURCES), new H1("Sources: reliability, types and corroboration"));

        add(new H2("Reliability grades (A–F)"));
        add(new Paragraph("Each source is graded on the Admiralty scale (NATO AJP-2.1): how far the source has proved reliable "
                + "before. The grade is about the source, not about one report: a usually reliable outlet can still repeat a "
                + "false claim, which is why every incident also shows how many independent origins support it."));
        UnorderedList grades = new UnorderedList();
        grades.addClassName("reliability-scale");
        for (Reliability grade : Reliability.values()) {
            Span name = new Span(grade.label() + ": ");
            name.addClassName("fact-label");
            grades.add(new ListItem(name, new Span(grade.meaning())));
        }
        add(grades);

        add(new H2("Types of source"));
        UnorderedList types = new UnorderedList();
        for (SourceType type : SourceType.values()) {
            Span name = new Span(type.label() + ": ");
            name.addClassName("fact-label");
            types.add(new ListItem(name, new Span(type.description())));
        }
        add(types);

        add(new H2("Corroboration"));
        add(new Paragraph("Every incident page counts its published sources, the distinct outlets they appeared in, and their "
                + "independent origins. The origin of a source is where its information first came from: the report it repeats "
                + "when editors recorded one (a wire story, another outlet's report, an agency's briefing), else the outlet it "
                + "names as its originating outlet, else the outlet itself. Origins are compared without case, accents, "
                + "punctuation or a remark in brackets, so five sites republishing one Reuters story are one origin."));
        add(new Paragraph("The incident list can keep only incidents with two or more (or three or more) independent origins, "
                + "those resting on a single origin, or those without any published source."));
        Div warnings = new Div(new Paragraph("Warnings on an incident page say plainly when:"), list(
                "a single published source supports it;",
                "all its sources repeat one report (one origin);",
                "its only sources are state media of a state that is a party to the incident;",
                "none of its sources is graded A to C;",
                "no published source supports it yet."));
        add(warnings);

        add(new H2("Translations"));
        add(new Paragraph("A translated title, excerpt or quote says who translated it (a person, or the machine system by name), "
                + "when, and whether a person reviewed it. Machine translations are marked where they are read, and in search "
                + "results."));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
