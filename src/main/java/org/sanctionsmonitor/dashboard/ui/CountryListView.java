package org.sanctionsmonitor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.GridCards;
import org.sanctionsmonitor.dashboard.CountryDashboardService;
import org.sanctionsmonitor.dashboard.Dossier;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.security.Role;

/** The countries that are party to published incidents, with their counts by role; each count opens its list. */
@Route("countries")
@PageTitle("Countries · Sanctions Monitor")
@Menu(title = "Countries", order = 15, icon = "vaadin:globe")
@RolesAllowed(Role.VIEWER_ROLE)
class CountryListView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Dossier.CountryCounts> grid = new Grid<>();
    private final CountryDashboardService countries;

    CountryListView(CountryDashboardService countries) {
        this.countries = countries;
        setSizeFull();
        grid.addComponentColumn(c -> new Anchor(Links.country(c.code()), org.sanctionsmonitor.base.Labels.country(c.name(), c.code())))
                .setHeader("Country").setFlexGrow(3);
        grid.addComponentColumn(c -> count(c.code(), PartyRole.SUPPLIER, c.supplier())).setHeader("As supplier").setAutoWidth(true);
        grid.addComponentColumn(c -> count(c.code(), PartyRole.RECIPIENT, c.recipient())).setHeader("As recipient").setAutoWidth(true);
        grid.addComponentColumn(c -> count(c.code(), PartyRole.TRANSIT, c.transit())).setHeader("As transit").setAutoWidth(true);
        grid.addComponentColumn(c -> count(c.code(), null, c.total())).setHeader("In any role").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No published incident names a country yet.");
        grid.setSizeFull();
        GridCards.enable(grid, "Countries", 640, c -> GridCards.card(
                new Anchor(Links.country(c.code()), org.sanctionsmonitor.base.Labels.country(c.name(), c.code())),
                GridCards.line(new Span("As supplier "), count(c.code(), PartyRole.SUPPLIER, c.supplier())),
                GridCards.line(new Span("As recipient "), count(c.code(), PartyRole.RECIPIENT, c.recipient())),
                GridCards.line(new Span("As transit "), count(c.code(), PartyRole.TRANSIT, c.transit())),
                GridCards.line(new Span("In any role "), count(c.code(), null, c.total()))));
        Paragraph scope = new Paragraph("Published incidents and events in which each country is a party. "
                + "A country can have several roles in one incident, so the roles need not add up to the total.");
        scope.addClassName("note");
        add(new H2("Countries"), scope, grid);
    }

    private static Component count(String code, PartyRole role, int n) {
        if (n == 0) {
            return new Span("0");
        }
        return new Anchor(Links.incidents(CountryCharts.roleFilter(code, role)), String.valueOf(n));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A handful of rows (countries that are party to published incidents), so the whole list is one query.
        grid.setItems(countries.countries());
    }
}
