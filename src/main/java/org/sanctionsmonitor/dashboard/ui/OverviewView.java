package org.sanctionsmonitor.dashboard.ui;

import org.sanctionsmonitor.base.ui.AppNavigation;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.base.Pages;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import org.sanctionsmonitor.base.ui.FilterPanel;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.dashboard.FlowFilter;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.CategoryService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.chart.ChartCard;
import org.sanctionsmonitor.dashboard.DashboardService;
import org.sanctionsmonitor.dashboard.Overview;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.security.Role;

/**
 * The landing page: key figures and charts over the published record. Every figure, bar, node and link opens the
 * incident list that shows the same count.
 */
@Route("")
@PageTitle("Overview · Sanctions Monitor")
@Menu(title = "Overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Role.VIEWER_ROLE)
class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    final Div figures = new Div();
    final ChartCard months = new ChartCard("Violations per month, by category", "No published violations yet.")
            .withNote("A violation counts in every month its date range touches: one known only to the year counts in each of its months.");
    final ChartCard flows = new ChartCard("Supplier → recipient diagram", "No published incident names both a supplier and a recipient.")
            .withNote("Published incidents with both a supplier and a recipient, the " + DashboardService.FLOWS + " largest flows; "
                    + "the width of a link is the number of incidents. "
                    + "A link opens those incidents; a country opens all its incidents in that role, also those naming no counterpart.")
            .withHeight("26rem");
    final ChartCard map = new ChartCard("Flows on the map", "No published incident names both a supplier and a recipient.")
            .withNote("The same flows as the diagram: a line runs from supplier to recipient, as wide as its number of incidents; "
                    + "a ring marks a country named as both. A line or a country's mark (triangle: as supplier, circle: as recipient) "
                    + "opens its incidents.")
            .withHeight("26rem");
    final DatePicker flowsFrom = new DatePicker("From");
    final DatePicker flowsTo = new DatePicker("To");
    final Select<CategoryOption> flowsCategory = new Select<>();
    final FilterPanel flowFilters = new FilterPanel();
    final ChartCard provisions = new ChartCard("Provisions most often cited as breached", "No published incident cites a provision yet.");
    final ChartCard stances = new ChartCard("Allegations and denials over time", "No published statements yet.")
            .withNote("Allegations: statements that allege, confirm or condemn. Denials: statements that deny or decline to comment. "
                    + "A point opens those statements on the timeline.");
    final UnorderedList changes = new UnorderedList();

    private final DashboardService dashboard;
    private FlowFilter flowFilter = FlowFilter.NONE;
    private OverviewCharts.MonthLinks monthLinks = OverviewCharts.MonthLinks.of(List.of());
    private OverviewCharts.StanceLinks stanceLinks = OverviewCharts.StanceLinks.of(List.of());
    private boolean applyingUrl;

    OverviewView(DashboardService dashboard, CategoryService categories) {
        this.dashboard = dashboard;
        addClassName("dashboard-view");
        setWidthFull();
        Paragraph scope = new Paragraph("Figures count published items only, for every reader and editor.");
        scope.addClassName("note");
        figures.addClassName("figures");
        for (ChartCard card : new ChartCard[] {flows, map, provisions}) {
            card.getChart().addChartClickListener(e -> e.getFilter().ifPresent(AppNavigation::open));
        }
        // The month charts carry plain numbers: the list behind a bar or point is built from where it was clicked.
        months.getChart().addChartClickListener(e -> monthLinks.incidents(e.getSeriesIndex(), e.getDataIndex(), e.getValue())
                .ifPresent(AppNavigation::open));
        stances.getChart().addChartClickListener(e -> stanceLinks.statements(e.getSeriesIndex(), e.getDataIndex(), e.getValue())
                .ifPresent(AppNavigation::open));
        Section latest = new Section(new H3("Latest changes"), changes);
        latest.addClassNames("card", "latest-changes");

        flowsFrom.setClearButtonVisible(true);
        flowsTo.setClearButtonVisible(true);
        flowsCategory.setLabel("Category");
        flowsCategory.setItems(categories.all());
        flowsCategory.setEmptySelectionAllowed(true);
        flowsCategory.setEmptySelectionCaption("Any category");
        flowsCategory.setItemLabelGenerator(c -> c == null ? "Any category" : c.label());
        List.<HasValue<?, ?>>of(flowsFrom, flowsTo, flowsCategory).forEach(field -> field.addValueChangeListener(e -> flowFiltersChanged()));
        Button clear = new Button("Clear filters", e -> navigateTo(FlowFilter.NONE));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        flowFilters.add(flowsFrom, flowsTo, flowsCategory, clear);
        H3 flowsHeading = new H3("Who supplies whom");
        Paragraph flowsScope = new Paragraph("The diagram and the map show the same flows and follow these filters; "
                + "the figures above count everything.");
        flowsScope.addClassName("note");
        Div flowCharts = new Div(flows, map);
        flowCharts.addClassName("chart-grid");
        Section flowSection = new Section(flowsHeading, flowsScope, flowFilters, flowCharts);
        flowSection.addClassName("flows-section");
        Div charts = new Div(months, flowSection, provisions, stances, latest);
        charts.addClassName("chart-grid");
        add(new H2("Overview"), scope, figures, charts);
    }

    /** The figures are read on every visit, so that the back button never shows stale counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Overview.Data data = dashboard.overview();
        figures.removeAll();
        showFigures(data.figures(), dashboard.lastPublishedChange());
        // The tables are read again when a reader opens one, so that a session keeps no thousands of rows for it.
        months.show(OverviewCharts.monthsOption(data.months()), data.months().isEmpty(),
                () -> OverviewCharts.monthsTable(dashboard.violationsPerMonth()));
        monthLinks = OverviewCharts.MonthLinks.of(data.months());
        flowFilter = FlowFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applyingUrl = true;
        try {
            flowsFrom.setValue(flowFilter.from());
            flowsTo.setValue(flowFilter.to());
            flowsCategory.setValue(flowsCategory.getListDataView().getItems()
                    .filter(c -> c.code().equals(flowFilter.category())).findFirst().orElse(null));
        } finally {
            applyingUrl = false;
        }
        flowFilters.setActiveCount((int) java.util.stream.Stream.of(flowFilter.from(), flowFilter.to(), flowFilter.category())
                .filter(java.util.Objects::nonNull).count());
        // The diagram and the map draw the very same flows, so that they always agree.
        List<Overview.Flow> flowList = flowFilter.isEmpty() ? data.flows() : dashboard.flows(flowFilter);
        List<Overview.FlowCountry> flowCountries = dashboard.flowCountries(flowFilter, flowList);
        FlowFilter shownFlows = flowFilter;
        SerializableSupplier<DataTable> flowTable = () -> {
            List<Overview.Flow> again = dashboard.flows(shownFlows);
            return OverviewCharts.flowsTable(again, dashboard.flowCountries(shownFlows, again), shownFlows);
        };
        flows.show(OverviewCharts.flowsOption(flowList, flowFilter), flowList.isEmpty(), flowTable);
        map.show(OverviewCharts.mapOption(flowList, flowCountries, flowFilter), flowList.isEmpty(), flowTable);
        provisions.fitHeightToRows(data.provisions().size());
        provisions.show(OverviewCharts.provisionsOption(data.provisions()), data.provisions().isEmpty(),
                () -> OverviewCharts.provisionsTable(dashboard.mostCitedProvisions(DashboardService.PROVISIONS)));
        stances.show(OverviewCharts.stancesOption(data.stances()), data.stances().isEmpty(),
                () -> OverviewCharts.stancesTable(dashboard.stancesPerMonth()));
        stanceLinks = OverviewCharts.StanceLinks.of(data.stances());
        changes.removeAll();
        // The latest published changes, when they went live (not when an editor last saved them).
        dashboard.latestPublished(8).forEach(c -> {
            Span when = new Span(Formats.instant(c.updatedAt()));
            when.addClassName("meta");
            changes.add(new ListItem(Texts.appLink(c.title(), Pages.incident(c.id())), when));
        });
        changes.add(new ListItem(Texts.appLink("Everything published since your last visit", Pages.WHATS_NEW)));
    }

    private void showFigures(Overview.KeyFigures f, java.time.Instant lastChange) {
        figures.add(FigureLink.of("Violations", f.violations(), Links.incidents(violations(null))));
        for (IncidentStatus status : IncidentStatus.values()) {
            figures.add(FigureLink.of(status.label(), f.violationsByStatus().get(status), Links.incidents(violations(status))));
        }
        figures.add(FigureLink.of("Events", f.events(), Links.incidents(
                new IncidentFilter(null, null, null, null, IncidentKind.EVENT, null, null, null))));
        figures.add(FigureLink.of("Allegations", f.allegations(), Links.statements("ALLEGATION", null, null)));
        figures.add(FigureLink.of("Denials", f.denials(), Links.statements("DENIAL", null, null)));
        figures.add(FigureLink.of("Sources", f.sources(), "sources"));
        figures.add(FigureLink.of("Countries involved", f.countries(), "countries"));
        // The latest published change, not the latest save: a draft or a pending revision is not an update for readers.
        figures.add(FigureLink.of("Last update", lastChange == null ? "–"
                : Formats.date(java.time.LocalDate.ofInstant(lastChange, java.time.ZoneOffset.UTC)), null));
    }

    private void flowFiltersChanged() {
        if (!applyingUrl) {
            navigateTo(new FlowFilter(flowsFrom.getValue(), flowsTo.getValue(),
                    flowsCategory.getValue() == null ? null : flowsCategory.getValue().code()));
        }
    }

    private void navigateTo(FlowFilter next) {
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(next.toQuery()));
    }

    private static IncidentFilter violations(IncidentStatus status) {
        return new IncidentFilter(null, null, null, status, IncidentKind.VIOLATION, null, null, null);
    }
}
