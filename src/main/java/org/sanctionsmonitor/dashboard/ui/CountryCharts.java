package org.sanctionsmonitor.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.dashboard.Dossier;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.PartyRole;
import tools.jackson.databind.node.ObjectNode;

/** The country dossier's charts as pure functions: read models in, ECharts option and table alternative out. */
final class CountryCharts {

    private CountryCharts() {
    }

    static IncidentFilter roleFilter(String code, PartyRole role) {
        return new IncidentFilter(code, role, null, null, null, null, null, null);
    }

    /** The list behind one bar: incidents with the country in that role whose date range touches that year. */
    static IncidentFilter roleYearFilter(String code, PartyRole role, int year) {
        return new IncidentFilter(code, role, null, null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
    }

    static IncidentFilter provisionFilter(String code, long provisionId) {
        return new IncidentFilter(code, null, null, null, null, null, null, null, provisionId, null);
    }

    /** Bars per year (every year from the first to the last), one series per role the country had. */
    static ObjectNode yearsOption(String code, List<Dossier.RoleYear> years) {
        TreeSet<Integer> present = new TreeSet<>();
        Map<PartyRole, Map<Integer, Integer>> byRole = new EnumMap<>(PartyRole.class);
        for (Dossier.RoleYear y : years) {
            present.add(y.year());
            byRole.computeIfAbsent(y.role(), r -> new java.util.HashMap<>()).put(y.year(), y.incidents());
        }
        List<Integer> axis = new ArrayList<>();
        if (!present.isEmpty()) {
            for (int y = present.first(); y <= present.last(); y++) {
                axis.add(y);
            }
        }
        List<ChartOptions.Series> series = new ArrayList<>();
        byRole.forEach((role, values) -> series.add(new ChartOptions.Series(role.label(), axis.stream().map(y -> {
            int n = values.getOrDefault(y, 0);
            return new ChartOptions.Item(n, n == 0 ? null : Links.incidents(roleYearFilter(code, role, y)));
        }).toList())));
        return ChartOptions.bars(axis.stream().map(String::valueOf).toList(), series, false, false);
    }

    static DataTable yearsTable(String code, List<Dossier.RoleYear> years) {
        return new DataTable(List.of("Year", "Role", "Incidents"), years.stream()
                .map(y -> List.of(DataTable.Cell.text(y.year()), DataTable.Cell.text(y.role().label()),
                        DataTable.Cell.link(y.incidents(), Links.incidents(roleYearFilter(code, y.role(), y.year())))))
                .toList());
    }

    /** Counterparts open their own dossier (the incident list has no filter for two countries at once). */
    static ObjectNode counterpartsOption(List<Dossier.Counterpart> counterparts) {
        return ChartOptions.ranking("Shared incidents", counterparts.stream()
                .map(c -> new ChartOptions.Bar(c.name(), c.incidents(), Links.country(c.code()))).toList());
    }

    static DataTable counterpartsTable(List<Dossier.Counterpart> counterparts) {
        return new DataTable(List.of("Country", "Shared incidents"), counterparts.stream()
                .map(c -> List.of(DataTable.Cell.link(c.name(), Links.country(c.code())), DataTable.Cell.text(c.incidents())))
                .toList());
    }

    static ObjectNode provisionsOption(String code, List<Dossier.Provision> provisions) {
        return ChartOptions.ranking("Incidents citing it", provisions.stream()
                .map(p -> new ChartOptions.Bar(p.resolutionNumber() + " " + p.label(), p.incidents(),
                        Links.incidents(provisionFilter(code, p.provisionId()))))
                .toList());
    }

    static DataTable provisionsTable(String code, List<Dossier.Provision> provisions) {
        return new DataTable(List.of("Resolution", "Provision", "Incidents citing it"), provisions.stream()
                .map(p -> List.of(DataTable.Cell.link("S/RES/" + p.resolutionNumber(), "resolutions/" + p.resolutionNumber()),
                        DataTable.Cell.text(p.label()),
                        DataTable.Cell.link(p.incidents(), Links.incidents(provisionFilter(code, p.provisionId())))))
                .toList());
    }
}
