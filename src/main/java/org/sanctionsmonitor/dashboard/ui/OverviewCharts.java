package org.sanctionsmonitor.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.dashboard.Overview;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.PartyRole;
import tools.jackson.databind.node.ObjectNode;

/**
 * The overview's charts as pure functions: read models in, ECharts option and table alternative out. Each clickable
 * item carries the location of the incident list that shows the same count.
 */
final class OverviewCharts {

    private OverviewCharts() {
    }

    /** The list behind one month of one category: violations of that category whose date range touches the month. */
    static IncidentFilter monthFilter(YearMonth month, String category) {
        return new IncidentFilter(null, null, category, null, IncidentKind.VIOLATION, month.atDay(1), month.atEndOfMonth(), null);
    }

    static IncidentFilter flowFilter(String supplier, String recipient) {
        return new IncidentFilter(supplier, PartyRole.SUPPLIER, null, null, null, null, null, null, null, recipient);
    }

    static IncidentFilter provisionFilter(long provisionId) {
        return new IncidentFilter(null, null, null, null, null, null, null, null, provisionId, null);
    }

    /** Every month from the first to the last, gaps included, so the axis is true to time. */
    static List<YearMonth> monthAxis(Set<YearMonth> months) {
        List<YearMonth> axis = new ArrayList<>();
        if (months.isEmpty()) {
            return axis;
        }
        TreeSet<YearMonth> sorted = new TreeSet<>(months);
        for (YearMonth m = sorted.first(); !m.isAfter(sorted.last()); m = m.plusMonths(1)) {
            axis.add(m);
        }
        return axis;
    }

    static ObjectNode monthsOption(List<Overview.MonthCount> counts) {
        List<YearMonth> axis = monthAxis(counts.stream().map(c -> YearMonth.from(c.month())).collect(java.util.stream.Collectors.toSet()));
        // One series per category, in the order the counts list them (the admins' order of categories).
        Map<String, String> labels = new LinkedHashMap<>();
        counts.stream().sorted(java.util.Comparator.comparingInt(Overview.MonthCount::sortOrder).thenComparing(Overview.MonthCount::categoryLabel))
                .forEach(c -> labels.putIfAbsent(c.category(), c.categoryLabel()));
        Map<String, Map<YearMonth, Integer>> byCategory = new LinkedHashMap<>();
        labels.keySet().forEach(category -> byCategory.put(category, new LinkedHashMap<>()));
        counts.forEach(c -> byCategory.get(c.category()).put(YearMonth.from(c.month()), c.incidents()));
        List<ChartOptions.Series> series = new ArrayList<>();
        byCategory.forEach((category, values) -> series.add(new ChartOptions.Series(labels.get(category), axis.stream()
                .map(m -> {
                    int n = values.getOrDefault(m, 0);
                    return new ChartOptions.Item(n, n == 0 ? null : Links.incidents(monthFilter(m, category)));
                }).toList())));
        return ChartOptions.bars(axis.stream().map(YearMonth::toString).toList(), series, true, true);
    }

    static DataTable monthsTable(List<Overview.MonthCount> counts) {
        return new DataTable(List.of("Month", "Category", "Violations"), counts.stream()
                .map(c -> List.of(DataTable.Cell.text(YearMonth.from(c.month())), DataTable.Cell.text(c.categoryLabel()),
                        DataTable.Cell.link(c.incidents(), Links.incidents(monthFilter(YearMonth.from(c.month()), c.category())))))
                .toList());
    }

    static String supplierNode(String name) {
        return "From " + name;
    }

    static String recipientNode(String name) {
        return "To " + name;
    }

    /**
     * Suppliers on the left, recipients on the right. A country that both supplies and receives appears on each side,
     * so the diagram stays acyclic (ECharts' Sankey needs that).
     */
    static ObjectNode flowsOption(List<Overview.Flow> flows) {
        Set<ChartOptions.Node> nodes = new LinkedHashSet<>();
        List<ChartOptions.Link> links = new ArrayList<>();
        for (Overview.Flow f : flows) {
            nodes.add(new ChartOptions.Node(supplierNode(f.supplierName()),
                    Links.incidents(new IncidentFilter(f.supplierCode(), PartyRole.SUPPLIER, null, null, null, null, null, null))));
            nodes.add(new ChartOptions.Node(recipientNode(f.recipientName()),
                    Links.incidents(new IncidentFilter(f.recipientCode(), PartyRole.RECIPIENT, null, null, null, null, null, null))));
            links.add(new ChartOptions.Link(supplierNode(f.supplierName()), recipientNode(f.recipientName()), f.incidents(),
                    Links.incidents(flowFilter(f.supplierCode(), f.recipientCode()))));
        }
        return ChartOptions.sankey("Incidents", List.copyOf(nodes), links);
    }

    static DataTable flowsTable(List<Overview.Flow> flows) {
        return new DataTable(List.of("Supplier", "Recipient", "Incidents"), flows.stream()
                .map(f -> List.of(DataTable.Cell.text(f.supplierName()), DataTable.Cell.text(f.recipientName()),
                        DataTable.Cell.link(f.incidents(), Links.incidents(flowFilter(f.supplierCode(), f.recipientCode())))))
                .toList());
    }

    static String provisionName(Overview.ProvisionCount p) {
        return p.resolutionNumber() + " " + p.label();
    }

    static ObjectNode provisionsOption(List<Overview.ProvisionCount> provisions) {
        return ChartOptions.ranking("Incidents citing it", provisions.stream()
                .map(p -> new ChartOptions.Bar(provisionName(p), p.incidents(), Links.incidents(provisionFilter(p.provisionId()))))
                .toList());
    }

    static DataTable provisionsTable(List<Overview.ProvisionCount> provisions) {
        return new DataTable(List.of("Resolution", "Provision", "Incidents citing it"), provisions.stream()
                .map(p -> List.of(DataTable.Cell.link("S/RES/" + p.resolutionNumber(), "resolutions/" + p.resolutionNumber()),
                        DataTable.Cell.text(p.label()),
                        DataTable.Cell.link(p.incidents(), Links.incidents(provisionFilter(p.provisionId())))))
                .toList());
    }

    /** Allegations and denials per month; a point opens the timeline with those statements of that month. */
    static ObjectNode stancesOption(List<Overview.StanceMonth> months) {
        Map<YearMonth, Overview.StanceMonth> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(YearMonth.from(m.month()), m));
        List<YearMonth> axis = monthAxis(byMonth.keySet());
        List<ChartOptions.Item> allegations = new ArrayList<>();
        List<ChartOptions.Item> denials = new ArrayList<>();
        for (YearMonth m : axis) {
            Overview.StanceMonth s = byMonth.get(m);
            int alleged = s == null ? 0 : s.allegations();
            int denied = s == null ? 0 : s.denials();
            allegations.add(new ChartOptions.Item(alleged, alleged == 0 ? null : Links.statements("ALLEGATION", m.atDay(1), m.atEndOfMonth())));
            denials.add(new ChartOptions.Item(denied, denied == 0 ? null : Links.statements("DENIAL", m.atDay(1), m.atEndOfMonth())));
        }
        return ChartOptions.lines(axis.stream().map(YearMonth::toString).toList(), List.of(
                new ChartOptions.Series("Allegations", allegations), new ChartOptions.Series("Denials", denials)), true);
    }

    static DataTable stancesTable(List<Overview.StanceMonth> months) {
        return new DataTable(List.of("Month", "Allegations", "Denials"), months.stream()
                .map(m -> {
                    YearMonth month = YearMonth.from(m.month());
                    return List.of(DataTable.Cell.text(month),
                            DataTable.Cell.link(m.allegations(), Links.statements("ALLEGATION", month.atDay(1), month.atEndOfMonth())),
                            DataTable.Cell.link(m.denials(), Links.statements("DENIAL", month.atDay(1), month.atEndOfMonth())));
                })
                .toList());
    }
}
