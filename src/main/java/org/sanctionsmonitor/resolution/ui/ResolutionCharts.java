package org.sanctionsmonitor.resolution.ui;

import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.resolution.ProvisionCitation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.resolution.InForcePeriod;
import org.sanctionsmonitor.resolution.ResolutionDetails;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resolution's provisions on a time axis, as a pure function: one lane per provision, its periods in force as bars
 * (an open period runs to {@code today}) and the incidents citing it as marks, red where the provision was not in force
 * on the incident's date.
 */
final class ResolutionCharts {

    static final String IN_FORCE = "#5470c6";
    static final String CITED = "#e08a2e";
    static final String CITED_NOT_IN_FORCE = "#e05a5a";

    private ResolutionCharts() {
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static String incidentsCiting(long provisionId) {
        return "incidents?provision=" + provisionId;
    }

    static ObjectNode option(List<ResolutionDetails.ProvisionView> provisions, Map<Long, List<ProvisionCitation>> citations,
            LocalDate today) {
        List<String> lanes = new ArrayList<>();
        List<ChartOptions.Range> ranges = new ArrayList<>();
        for (int lane = 0; lane < provisions.size(); lane++) {
            ResolutionDetails.ProvisionView p = provisions.get(lane);
            List<ProvisionCitation> citing = citations.getOrDefault(p.id(), List.of());
            lanes.add(p.label() + " (" + citing.size() + ")");
            for (InForcePeriod period : p.periods()) {
                LocalDate end = period.until() == null ? today.plusDays(1) : period.until();
                ranges.add(new ChartOptions.Range(lane, millis(period.from()), millis(end),
                        p.label() + " in force " + Formats.date(period.from()) + " – "
                                + (period.until() == null ? "today" : "lapsed " + Formats.date(period.until()))
                                + " · " + citing.size() + (citing.size() == 1 ? " incident cites it" : " incidents cite it"),
                        IN_FORCE, citing.isEmpty() ? null : incidentsCiting(p.id())));
            }
            for (ProvisionCitation c : citing) {
                ranges.add(new ChartOptions.Range(lane, millis(c.dateFrom()), millis(c.dateTo().plusDays(1)),
                        c.dateText() + " · " + c.title() + (c.inForceOnIncidentDate() ? "" : " (not in force on that date)"),
                        c.inForceOnIncidentDate() ? CITED : CITED_NOT_IN_FORCE, Pages.incident(c.incidentId())));
            }
        }
        return ChartOptions.timeline(lanes, ranges);
    }

    static DataTable table(List<ResolutionDetails.ProvisionView> provisions, Map<Long, List<ProvisionCitation>> citations) {
        return new DataTable(List.of("Provision", "In force", "Incidents citing it"), provisions.stream()
                .map(p -> {
                    int n = citations.getOrDefault(p.id(), List.of()).size();
                    return List.of(DataTable.Cell.text(p.label()), DataTable.Cell.text(ResolutionView.periods(p.periods())),
                            n == 0 ? DataTable.Cell.text(0) : DataTable.Cell.link(n, incidentsCiting(p.id())));
                })
                .toList());
    }
}
