package org.sanctionsmonitor.dashboard.ui;

import org.sanctionsmonitor.base.ui.AppNavigation;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.base.Pages;
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
    final ChartCard flows = new ChartCard("Who supplies whom", "No published incident names both a supplier and a recipient.")
            .withNote("Published incidents with both a supplier and a recipient, the " + DashboardService.FLOWS + " largest flows; "
                    + "the width of a link is the number of incidents. "
                    + "A link opens those incidents; a country opens all its incidents in that role, also those naming no counterpart.")
            .withHeight("26rem");
    final ChartCard provisions = new ChartCard("Provisions most often cited as breached", "No published incident cites a provision yet.");
    final ChartCard stances = new ChartCard("Allegations and denials over time", "No published statements yet.")
            .withNote("Allegations: statements that allege, confirm or condemn. Denials: statements that deny or decline to comment. "
                    + "A point opens those statements on the timeline.");
    final UnorderedList changes = new UnorderedList();

    private final DashboardService dashboard;

    OverviewView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassName("dashboard-view");
        setWidthFull();
        Paragraph scope = new Paragraph("Figures count published items only, for every reader and editor.");
        scope.addClassName("note");
        figures.addClassName("figures");
        for (ChartCard card : new ChartCard[] {months, flows, provisions, stances}) {
            card.getChart().addChartClickListener(e -> e.getFilter().ifPresent(AppNavigation::open));
        }
        Section latest = new Section(new H3("Latest changes"), changes);
        latest.addClassNames("card", "latest-changes");

        Div charts = new Div(months, flows, provisions, stances, latest);
        charts.addClassName("chart-grid");
        add(new H2("Overview"), scope, figures, charts);
    }

    /** The figures are read on every visit, so that the back button never shows stale counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Overview.Data data = dashboard.overview();
        figures.removeAll();
        showFigures(data.figures());
        months.show(OverviewCharts.monthsOption(data.months()), OverviewCharts.monthsTable(data.months()));
        flows.show(OverviewCharts.flowsOption(data.flows()), OverviewCharts.flowsTable(data.flows()));
        provisions.fitHeightToRows(data.provisions().size());
        provisions.show(OverviewCharts.provisionsOption(data.provisions()), OverviewCharts.provisionsTable(data.provisions()));
        stances.show(OverviewCharts.stancesOption(data.stances()), OverviewCharts.stancesTable(data.stances()));
        changes.removeAll();
        data.changes().forEach(c -> {
            Span when = new Span(Formats.instant(c.updatedAt()));
            when.addClassName("meta");
            changes.add(new ListItem(Texts.appLink(c.title(), Pages.incident(c.id())), when));
        });
    }

    private void showFigures(Overview.KeyFigures f) {
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
        figures.add(FigureLink.of("Last update", f.lastUpdate() == null ? "–"
                : Formats.date(java.time.LocalDate.ofInstant(f.lastUpdate(), java.time.ZoneOffset.UTC)), null));
    }

    private static IncidentFilter violations(IncidentStatus status) {
        return new IncidentFilter(null, null, null, status, IncidentKind.VIOLATION, null, null, null);
    }
}
