package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.ui.IncidentPageSection;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;

/** The claims beside the denials on an incident's page. */
@org.springframework.stereotype.Component
class ClaimsAndDenialsSection implements IncidentPageSection {

    private final StatementService statements;

    ClaimsAndDenialsSection(StatementService statements) {
        this.statements = statements;
    }

    @Override
    public Component create(IncidentDetails incident) {
        List<StatementView> said = statements.forIncident(incident.id());
        VerticalLayout section = Texts.section("Claims and denials");
        List<StatementView> claims = said.stream().filter(s -> s.side() == StanceSide.ALLEGATION).toList();
        List<StatementView> denials = said.stream().filter(s -> s.side() == StanceSide.DENIAL).toList();
        List<StatementView> reports = said.stream().filter(s -> s.side() == StanceSide.NEUTRAL).toList();
        HorizontalLayout columns = new HorizontalLayout(column("Claims (" + claims.size() + ")", claims, "claims"),
                column("Denials and non-answers (" + denials.size() + ")", denials, "denials"));
        columns.setWidthFull();
        section.add(columns);
        if (!reports.isEmpty()) {
            section.add(column("Reported without a claim or denial (" + reports.size() + ")", reports, "reports"));
        }
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
