package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.source.SourceDetails;
import org.sanctionsmonitor.source.ui.SourcePageSection;
import org.springframework.core.annotation.Order;

/** The incidents and events citing a source, on its page. */
@org.springframework.stereotype.Component
@Order(1)
class IncidentsCitingSourceSection implements SourcePageSection {

    private final IncidentService incidents;

    IncidentsCitingSourceSection(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Component create(SourceDetails source) {
        List<IncidentRow> citing = incidents.citingSource(source.id());
        Div block = new Div(new H3("Incidents and events (" + citing.size() + ")"));
        if (citing.isEmpty()) {
            block.add(Texts.empty("No incident cites this source."));
        }
        for (IncidentRow incident : citing) {
            Div line = new Div(Texts.appLink(incident.title(), Pages.incident(incident.id())), new Span(" · " + incident.dateText()));
            line.addClassName("citation");
            block.add(line);
        }
        return block;
    }
}
