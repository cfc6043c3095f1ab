package org.sanctionsmonitor.resolution.ui;

import org.sanctionsmonitor.resolution.CitationCounts;
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
 * (an open period runs to {@code today}) and the published incidents citing it as one mark per year (counted in the read
 * models), red where some of them cite it although it was not in force on their date.
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

    static String incidentsCiting(long provisionId, int year) {
        return "incidents?provision=" + provisionId + "&from=" + year + "-01-01&to=" + year + "-12-31";
    }

    static ObjectNode option(List<ResolutionDetails.ProvisionView> provisions, Map<Long, CitationCounts> citations, LocalDate today) {
        List<String> lanes = new ArrayList<>();
        List<ChartOptions.Range> ranges = new ArrayList<>();
        for (int lane = 0; lane < provisions.size(); lane++) {
            ResolutionDetails.ProvisionView p = provisions.get(lane);
            CitationCounts citing = citations.getOrDefault(p.id(), CitationCounts.none(p.id()));
            lanes.add(p.label() + " (" + citing.incidents() + ")");
            for (InForcePeriod period : p.periods()) {
                LocalDate end = period.until() == null ? today.plusDays(1) : period.until();
                ranges.add(new ChartOptions.Range(lane, millis(period.from()), millis(end),
                        p.label() + " in force " + Formats.date(period.from()) + " – "
                                + (period.until() == null ? "today" : "lapsed " + Formats.date(period.until()))
                                + " · " + citing.incidents() + (citing.incidents() == 1 ? " incident cites it" : " incidents cite it"),
                        IN_FORCE, citing.incidents() == 0 ? null : incidentsCiting(p.id())));
            }
            // One mark per year with citing incidents: as many marks as years, however many incidents.
            for (CitationCounts.Year year : citing.years()) {
                LocalDate first = LocalDate.of(year.year(), 1, 1);
                ranges.add(new ChartOptions.Range(lane, millis(first), millis(first.plusYears(1)),
                        year.year() + ": " + year.incidents() + (year.incidents() == 1 ? " incident cites it" : " incidents cite it")
                                + (year.notInForce() == 0 ? "" : ", " + year.notInForce() + " of them although it was not in force on their date"),
                        year.notInForce() == 0 ? CITED : CITED_NOT_IN_FORCE, incidentsCiting(p.id(), year.year())));
            }
        }
        return ChartOptions.timeline(lanes, ranges);
    }

    static DataTable table(List<ResolutionDetails.ProvisionView> provisions, Map<Long, CitationCounts> citations) {
        return new DataTable(List.of("Provision", "In force", "Incidents citing it"), provisions.stream()
                .map(p -> {
                    int n = citations.getOrDefault(p.id(), CitationCounts.none(p.id())).incidents();
                    return List.of(DataTable.Cell.text(p.label()), DataTable.Cell.text(ResolutionView.periods(p.periods())),
                            n == 0 ? DataTable.Cell.text(0) : DataTable.Cell.link(n, incidentsCiting(p.id())));
                })
                .toList());
    }
}
