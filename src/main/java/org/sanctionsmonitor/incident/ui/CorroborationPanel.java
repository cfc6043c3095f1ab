package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.incident.Corroboration;
import org.sanctionsmonitor.source.Reliability;

/**
 * How well an incident is sourced: published sources, distinct outlets and independent origins, their types and
 * reliability grades, and plain warnings ("single source", "only state media of a party to it", "all sources repeat
 * one report").
 */
class CorroborationPanel extends VerticalLayout {

    final Span figures = new Span();

    CorroborationPanel(Corroboration corroboration) {
        addClassNames("section", "corroboration");
        setPadding(false);
        add(new H2("Corroboration"));
        figures.setText(count(corroboration.sources(), "published source") + " · " + count(corroboration.outlets(), "outlet") + " · "
                + count(corroboration.origins(), "independent origin"));
        figures.addClassName("figures-line");
        add(figures);
        for (String warning : corroboration.warnings()) {
            Paragraph line = new Paragraph(warning);
            line.addClassNames("warning", "warning-line");
            add(line);
        }
        if (corroboration.sources() > 0) {
            Div facts = new Div(
                    Texts.fact("Origins", corroboration.originCounts().stream()
                            .map(origin -> origin.label() + (origin.count() > 1 ? " (" + origin.count() + " sources)" : ""))
                            .collect(Collectors.joining("; "))),
                    Texts.fact("Types", corroboration.types().stream().map(type -> type.label() + " " + type.count())
                            .collect(Collectors.joining(" · "))),
                    Texts.fact("Reliability", grades(corroboration.grades())));
            facts.addClassName("facts");
            add(facts);
        }
        if (corroboration.unpublished() > 0) {
            Paragraph note = new Paragraph(count(corroboration.unpublished(), "cited source") + " not published yet "
                    + (corroboration.unpublished() == 1 ? "is" : "are") + " not counted.");
            note.addClassName("note");
            add(note);
        }
        add(Texts.appLink("What the types and reliability grades mean, and how origins are counted", Pages.SOURCE_GUIDE));
    }

    /** "B – Usually reliable ×2, D – Not usually reliable ×1". */
    private static String grades(Map<Reliability, Integer> grades) {
        return grades.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
