package org.sanctionsmonitor.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.dashboard.FlowFilter;
import org.sanctionsmonitor.dashboard.Overview;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.PartyRole;
import tools.jackson.databind.node.ObjectNode;

/**
 * The overview's charts as pure functions: read models in, ECharts option and table alternative out. Each clickable
 * item carries the location of the incident list that shows the same count, or, in the long month charts, the page
 * builds it from the clicked series and month ({@link MonthLinks}, {@link StanceLinks}).
 */
final class OverviewCharts {

    private OverviewCharts() {
    }

    /** The list behind one month of one category: violations of that category whose date range touches the month. */
    static IncidentFilter monthFilter(YearMonth month, String category) {
        return new IncidentFilter(null, null, category, null, IncidentKind.VIOLATION, month.atDay(1), month.atEndOfMonth(), null);
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

    /**
     * One series of plain numbers per category (no link per bar: {@link MonthLinks} builds a clicked bar's list), in
     * the order the counts list them (the admins' order of categories).
     */
    static ObjectNode monthsOption(List<Overview.MonthCount> counts) {
        List<YearMonth> axis = monthAxis(counts.stream().map(c -> YearMonth.from(c.month())).collect(java.util.stream.Collectors.toSet()));
        Map<String, String> labels = monthCategories(counts);
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        labels.keySet().forEach(category -> byCategory.put(category, new int[axis.size()]));
        counts.forEach(c -> byCategory.get(c.category())[(int) axis.getFirst().until(YearMonth.from(c.month()),
                java.time.temporal.ChronoUnit.MONTHS)] = c.incidents());
        List<ChartOptions.Values> series = new ArrayList<>();
        byCategory.forEach((category, values) -> series.add(new ChartOptions.Values(labels.get(category), values)));
        return ChartOptions.valueBars(axis.stream().map(YearMonth::toString).toList(), series, true, true);
    }

    /** The categories of the month chart's series, code to label, in series order. */
    private static Map<String, String> monthCategories(List<Overview.MonthCount> counts) {
        Map<String, String> labels = new LinkedHashMap<>();
        counts.stream().sorted(java.util.Comparator.comparingInt(Overview.MonthCount::sortOrder).thenComparing(Overview.MonthCount::categoryLabel))
                .forEach(c -> labels.putIfAbsent(c.category(), c.categoryLabel()));
        return labels;
    }

    /**
     * The list behind a bar of {@link #monthsOption}, from the clicked series and month: a few bytes for the page to
     * keep instead of a link per bar (thousands of them, in every reader's session). An empty bar has no list.
     */
    record MonthLinks(YearMonth first, int months, List<String> categories) {

        static MonthLinks of(List<Overview.MonthCount> counts) {
            List<YearMonth> axis = monthAxis(counts.stream().map(c -> YearMonth.from(c.month())).collect(java.util.stream.Collectors.toSet()));
            return new MonthLinks(axis.isEmpty() ? null : axis.getFirst(), axis.size(), List.copyOf(monthCategories(counts).keySet()));
        }

        Optional<String> incidents(int series, int index, double value) {
            if (series < 0 || series >= categories.size() || index < 0 || index >= months || !(value > 0)) {
                return Optional.empty();
            }
            return Optional.of(Links.incidents(monthFilter(first.plusMonths(index), categories.get(series))));
        }
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
     * so the diagram stays acyclic (ECharts' Sankey needs that). Every node and link opens the incident list with the
     * flows' filter (dates, category) and its own condition.
     */
    static ObjectNode flowsOption(List<Overview.Flow> flows, FlowFilter filter) {
        Set<ChartOptions.Node> nodes = new LinkedHashSet<>();
        List<ChartOptions.Link> links = new ArrayList<>();
        for (Overview.Flow f : flows) {
            nodes.add(new ChartOptions.Node(supplierNode(f.supplierName()),
                    Links.incidents(filter.incidents(f.supplierCode(), PartyRole.SUPPLIER, null))));
            nodes.add(new ChartOptions.Node(recipientNode(f.recipientName()),
                    Links.incidents(filter.incidents(f.recipientCode(), PartyRole.RECIPIENT, null))));
            links.add(new ChartOptions.Link(supplierNode(f.supplierName()), recipientNode(f.recipientName()), f.incidents(),
                    Links.incidents(filter.flow(f.supplierCode(), f.recipientCode()))));
        }
        return ChartOptions.sankey("Incidents", List.copyOf(nodes), links);
    }

    /**
     * The same flows on a world map: a line from supplier to recipient as wide as its number of incidents, a ring for a
     * country supplying itself, and each country's mark as supplier (triangle) and as recipient (circle) with its count,
     * each opening the same list as the Sankey's link or node. Countries the map lacks are left out of it (the table has
     * them). The view is fitted to the countries drawn.
     */
    static ObjectNode mapOption(List<Overview.Flow> flows, List<Overview.FlowCountry> countries, FlowFilter filter) {
        Map<String, Overview.FlowCountry> byCode = new LinkedHashMap<>();
        countries.forEach(c -> byCode.put(c.code(), c));
        List<ChartOptions.MapLine> lines = new ArrayList<>();
        List<ChartOptions.MapPoint> loops = new ArrayList<>();
        Set<String> suppliers = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (Overview.Flow f : flows) {
            Overview.FlowCountry from = byCode.get(f.supplierCode());
            Overview.FlowCountry to = byCode.get(f.recipientCode());
            suppliers.add(f.supplierCode());
            recipients.add(f.recipientCode());
            if (!onMap(from) || !onMap(to)) {
                continue;
            }
            String filterLink = Links.incidents(filter.flow(f.supplierCode(), f.recipientCode()));
            if (f.supplierCode().equals(f.recipientCode())) {
                loops.add(new ChartOptions.MapPoint(flowName(f), from.longitude(), from.latitude(), f.incidents(), filterLink));
            } else {
                lines.add(new ChartOptions.MapLine(flowName(f), from.longitude(), from.latitude(), to.longitude(), to.latitude(),
                        f.incidents(), filterLink));
            }
        }
        List<ChartOptions.MapPoint> supplierMarks = marks(suppliers, byCode, PartyRole.SUPPLIER, filter);
        List<ChartOptions.MapPoint> recipientMarks = marks(recipients, byCode, PartyRole.RECIPIENT, filter);
        List<String> regions = countries.stream().filter(OverviewCharts::onMap).map(Overview.FlowCountry::mapName).toList();
        return ChartOptions.flowMap("world", regions, lines, loops, List.of(
                new ChartOptions.MapMarks("Suppliers", "triangle", -9, supplierMarks),
                new ChartOptions.MapMarks("Recipients", "circle", 9, recipientMarks)), bounds(countries));
    }

    static String flowName(Overview.Flow f) {
        return f.supplierName() + " → " + f.recipientName();
    }

    private static List<ChartOptions.MapPoint> marks(Set<String> codes, Map<String, Overview.FlowCountry> byCode, PartyRole role,
            FlowFilter filter) {
        return codes.stream().map(byCode::get).filter(OverviewCharts::onMap).map(c -> new ChartOptions.MapPoint(
                c.name() + " as " + role.label().toLowerCase(java.util.Locale.ROOT), c.longitude(), c.latitude(),
                role == PartyRole.SUPPLIER ? c.asSupplier() : c.asRecipient(),
                Links.incidents(filter.incidents(c.code(), role, null)))).toList();
    }

    private static boolean onMap(Overview.FlowCountry country) {
        return country != null && country.mapName() != null && country.longitude() != null;
    }

    /** West, south, east, north around the drawn countries, with a margin; the whole world when none is drawn. */
    static double[] bounds(List<Overview.FlowCountry> countries) {
        List<Overview.FlowCountry> drawn = countries.stream().filter(OverviewCharts::onMap).toList();
        if (drawn.isEmpty()) {
            return new double[] {-170, -58, 180, 84};
        }
        double west = drawn.stream().mapToDouble(Overview.FlowCountry::longitude).min().orElseThrow();
        double east = drawn.stream().mapToDouble(Overview.FlowCountry::longitude).max().orElseThrow();
        double south = drawn.stream().mapToDouble(Overview.FlowCountry::latitude).min().orElseThrow();
        double north = drawn.stream().mapToDouble(Overview.FlowCountry::latitude).max().orElseThrow();
        double marginX = Math.max(25, (east - west) * 0.2);
        double marginY = Math.max(15, (north - south) * 0.2);
        return new double[] {Math.max(-180, west - marginX), Math.max(-85, south - marginY), Math.min(180, east + marginX),
            Math.min(85, north + marginY)};
    }

    /** The flows, then each country's incidents as supplier and as recipient: what the diagram and the map both show. */
    static DataTable flowsTable(List<Overview.Flow> flows, List<Overview.FlowCountry> countries, FlowFilter filter) {
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        flows.forEach(f -> rows.add(List.of(DataTable.Cell.text(f.supplierName()), DataTable.Cell.text(f.recipientName()),
                DataTable.Cell.link(f.incidents(), Links.incidents(filter.flow(f.supplierCode(), f.recipientCode()))))));
        for (Overview.FlowCountry c : countries) {
            if (c.asSupplier() > 0) {
                rows.add(List.of(DataTable.Cell.text(c.name()), DataTable.Cell.text("any recipient or none named"),
                        DataTable.Cell.link(c.asSupplier(), Links.incidents(filter.incidents(c.code(), PartyRole.SUPPLIER, null)))));
            }
        }
        for (Overview.FlowCountry c : countries) {
            if (c.asRecipient() > 0) {
                rows.add(List.of(DataTable.Cell.text("any supplier or none named"), DataTable.Cell.text(c.name()),
                        DataTable.Cell.link(c.asRecipient(), Links.incidents(filter.incidents(c.code(), PartyRole.RECIPIENT, null)))));
            }
        }
        return new DataTable(List.of("Supplier", "Recipient", "Incidents"), rows);
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

    /** Allegations and denials per month as plain numbers; a point opens the timeline with those statements ({@link StanceLinks}). */
    static ObjectNode stancesOption(List<Overview.StanceMonth> months) {
        Map<YearMonth, Overview.StanceMonth> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(YearMonth.from(m.month()), m));
        List<YearMonth> axis = monthAxis(byMonth.keySet());
        int[] allegations = new int[axis.size()];
        int[] denials = new int[axis.size()];
        for (int i = 0; i < axis.size(); i++) {
            Overview.StanceMonth s = byMonth.get(axis.get(i));
            allegations[i] = s == null ? 0 : s.allegations();
            denials[i] = s == null ? 0 : s.denials();
        }
        return ChartOptions.valueLines(axis.stream().map(YearMonth::toString).toList(), List.of(
                new ChartOptions.Values("Allegations", allegations), new ChartOptions.Values("Denials", denials)), true);
    }

    /** The timeline behind a point of {@link #stancesOption}: series 0 allegations, 1 denials, of the clicked month. */
    record StanceLinks(YearMonth first, int months) {

        static final List<String> KINDS = List.of("ALLEGATION", "DENIAL");

        static StanceLinks of(List<Overview.StanceMonth> stances) {
            List<YearMonth> axis = monthAxis(stances.stream().map(m -> YearMonth.from(m.month())).collect(java.util.stream.Collectors.toSet()));
            return new StanceLinks(axis.isEmpty() ? null : axis.getFirst(), axis.size());
        }

        Optional<String> statements(int series, int index, double value) {
            if (series < 0 || series >= KINDS.size() || index < 0 || index >= months || !(value > 0)) {
                return Optional.empty();
            }
            YearMonth month = first.plusMonths(index);
            return Optional.of(Links.statements(KINDS.get(series), month.atDay(1), month.atEndOfMonth()));
        }
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
