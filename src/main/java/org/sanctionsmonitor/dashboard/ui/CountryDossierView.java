package org.sanctionsmonitor.dashboard.ui;

import org.sanctionsmonitor.base.ui.AppNavigation;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.statement.ui.StanceBadge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.chart.ChartCard;
import org.sanctionsmonitor.dashboard.CountryDashboardService;
import org.sanctionsmonitor.dashboard.Dossier;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.StanceSide;

/**
 * A country's dossier: its published incidents by role and year, its counterparts, the provisions its incidents
 * engage, what its officials alleged and denied, and the latest items. Prints as a clean brief.
 */
@Route("countries/:code")
@RolesAllowed(Role.VIEWER_ROLE)
class CountryDossierView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final Div figures = new Div();
    final ChartCard years = new ChartCard("Incidents per year, by its role", "No published incident names this country.")
            .withNote("An incident counts in every year its date range touches.");
    final ChartCard counterparts = new ChartCard("Counterpart countries", "No other country shares its published incidents.")
            .withNote("Countries that are parties to the same published incidents. A click opens that country's dossier.");
    final ChartCard provisions = new ChartCard("Provisions engaged", "Its published incidents cite no provision.");
    final Div statements = new Div();
    final UnorderedList latest = new UnorderedList();
    private final CountryDashboardService countries;
    private String title = "Country";

    CountryDossierView(CountryDashboardService countries) {
        this.countries = countries;
        addClassNames("dashboard-view", "dossier-view");
        setWidthFull();
        figures.addClassName("figures");
        statements.addClassNames("card", "dossier-statements");
        for (ChartCard card : new ChartCard[] {years, counterparts, provisions}) {
            card.getChart().addChartClickListener(e -> e.getFilter().ifPresent(AppNavigation::open));
        }
        Section latestSection = new Section(new H3("Latest items"), latest);
        latestSection.addClassNames("card", "latest-changes");
        Div charts = new Div(years, counterparts, provisions, statements, latestSection);
        charts.addClassName("chart-grid");
        Paragraph scope = new Paragraph("Figures count published items only.");
        scope.addClassName("note");
        add(new Anchor("countries", "← All countries"), heading, scope, figures, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("").toUpperCase(Locale.ROOT);
        Dossier.Data data = code.matches("[A-Z]{2}") ? countries.dossier(code).orElse(null) : null;
        if (data == null) {
            event.rerouteToError(NotFoundException.class, "No such country.");
            return;
        }
        Dossier.CountryCounts c = data.counts();
        title = c.name() + " · Sanctions Monitor";
        heading.setText(org.sanctionsmonitor.base.Labels.country(c.name(), c.code()));

        figures.removeAll();
        figures.add(FigureLink.of("Incidents as supplier", c.supplier(), Links.incidents(CountryCharts.roleFilter(code, PartyRole.SUPPLIER))),
                FigureLink.of("As recipient", c.recipient(), Links.incidents(CountryCharts.roleFilter(code, PartyRole.RECIPIENT))),
                FigureLink.of("As transit", c.transit(), Links.incidents(CountryCharts.roleFilter(code, PartyRole.TRANSIT))),
                FigureLink.of("In any role", c.total(), Links.incidents(CountryCharts.roleFilter(code, null))),
                FigureLink.of("Its allegations", data.allegations(), Links.statementList(code, StanceSide.ALLEGATION)),
                FigureLink.of("Its denials", data.denials(), Links.statementList(code, StanceSide.DENIAL)));

        years.show(CountryCharts.yearsOption(code, data.years()), CountryCharts.yearsTable(code, data.years()));
        counterparts.fitHeightToRows(data.counterparts().size());
        provisions.fitHeightToRows(data.provisions().size());
        counterparts.show(CountryCharts.counterpartsOption(data.counterparts()), CountryCharts.counterpartsTable(data.counterparts()));
        provisions.show(CountryCharts.provisionsOption(code, data.provisions()), CountryCharts.provisionsTable(code, data.provisions()));

        statements.removeAll();
        statements.add(new H3("Statements by its officials"));
        if (data.statements().isEmpty()) {
            Paragraph none = new Paragraph("No published statement by its officials.");
            none.addClassName("empty");
            statements.add(none);
        }
        UnorderedList said = new UnorderedList();
        for (Dossier.StatementLine s : data.statements()) {
            Badge stance = StanceBadge.of(s.stance(), s.side());
            Span who = new Span(s.dateText() + " · " + s.speaker() + ": ");
            who.addClassName("meta");
            ListItem item = new ListItem(stance, who, new Span(s.summary()));
            if (s.incidentId() != null) {
                item.add(new Span(" — "), Texts.appLink(s.incidentTitle(), Pages.incident(s.incidentId())));
            }
            item.addClassName("stance-" + s.stance().name().toLowerCase(Locale.ROOT));
            said.add(item);
        }
        statements.add(said);
        int claimsAndDenials = data.allegations() + data.denials();
        if (claimsAndDenials > 0) {
            statements.add(Texts.appLink("All " + claimsAndDenials + " allegations and denials on the timeline", Links.statements(code)));
        }

        latest.removeAll();
        data.latest().forEach(i -> {
            Span when = new Span(i.datePrecision().format(i.dateFrom(), i.dateTo()));
            when.addClassName("meta");
            latest.add(new ListItem(Texts.appLink(i.title(), Pages.incident(i.id())), when));
        });
        if (c.total() > data.latest().size()) {
            latest.add(new ListItem(Texts.appLink("All " + c.total() + " incidents and events involving " + c.name(),
                    Links.incidents(CountryCharts.roleFilter(code, null)))));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
