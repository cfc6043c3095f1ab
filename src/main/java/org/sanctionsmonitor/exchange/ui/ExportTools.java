package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.sanctionsmonitor.exchange.CitationService;
import org.sanctionsmonitor.exchange.ExportService;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.ui.IncidentListTool;
import org.sanctionsmonitor.incident.ui.IncidentPageTool;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.ui.SearchTool;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.ui.StatementListTool;
import org.sanctionsmonitor.source.ui.SourceListTool;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.ui.TimelineTool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the data exchange adds to other features' pages: export links on the incident list, the source list and the
 * timeline, the statement list and search (keeping their filters), "Cite selected" on the incident list and "Cite" on an incident's page.
 */
@Configuration
class ExportTools {

    @Bean
    IncidentListTool incidentExportAndCite(ExportService exports, CitationService citations) {
        return (Supplier<IncidentFilter> filter, Supplier<List<IncidentRow>> selection) -> {
            Button cite = new Button("Cite selected", VaadinIcon.QUOTE_LEFT.create(), click -> {
                List<Long> ids = selection.get().stream().sorted(Comparator.comparing(IncidentRow::dateFrom).thenComparing(IncidentRow::id))
                        .map(IncidentRow::id).toList();
                if (ids.isEmpty()) {
                    Notification.show("Tick the incidents to cite in the list first.");
                    return;
                }
                new CiteDialog(citations, ids, "incidents").open();
            });
            cite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout tools = new HorizontalLayout(new ExportMenu("incidents", (format, out) -> exports.incidents(filter.get(), format, out)), cite);
            tools.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            return tools;
        };
    }

    @Bean
    IncidentPageTool citeIncident(CitationService citations) {
        return (IncidentDetails incident) -> {
            Button cite = new Button("Cite", VaadinIcon.QUOTE_LEFT.create(), click -> new CiteDialog(citations, List.of(incident.id()),
                    "incident-" + incident.id()).open());
            cite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cite.addClassName("cite-button");
            return cite;
        };
    }

    @Bean
    SourceListTool sourceExport(ExportService exports) {
        return (Supplier<SourceFilter> filter) -> new ExportMenu("sources", (format, out) -> exports.sources(filter.get(), format, out));
    }

    @Bean
    StatementListTool statementExport(ExportService exports) {
        return (Supplier<StatementFilter> filter) -> new ExportMenu("statements", (format, out) -> exports.statements(filter.get(), format, out));
    }

    @Bean
    SearchTool searchExport(ExportService exports) {
        return (Supplier<SearchQuery> query) -> new ExportMenu("search", (format, out) -> exports.search(query.get(), format, out));
    }

    @Bean
    TimelineTool timelineExport(ExportService exports) {
        return (Supplier<TimelineFilter> filter) -> new ExportMenu("timeline", (format, out) -> exports.timeline(filter.get(), format, out));
    }

}
