package org.sanctionsmonitor.resolution.ui;

import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.security.CurrentUser;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.resolution.ResolutionRow;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;

/** The resolutions on record; a short, bounded list (a few dozen), so it is loaded whole. */
@Route("resolutions")
@PageTitle("Resolutions · Sanctions Monitor")
@Menu(title = "Resolutions", order = 20, icon = "vaadin:book")
@RolesAllowed(Role.VIEWER_ROLE)
class ResolutionListView extends VerticalLayout {

    final Grid<ResolutionRow> grid = new Grid<>();

    ResolutionListView(ResolutionService resolutions) {
        H2 heading = new H2("Resolutions");
        setSizeFull();
        grid.addComponentColumn(row -> Texts.appLink(String.valueOf(row.number()), Pages.resolution(row.number()))).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.adoptedOn())).setHeader("Adopted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResolutionRow::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(ResolutionRow::regimeName).setHeader("Regime").setFlexGrow(2);
        grid.addColumn(ResolutionRow::voteText).setHeader("Vote").setFlexGrow(2);
        grid.addColumn(row -> row.provisionCount() + (row.unverifiedCount() > 0 ? " (" + row.unverifiedCount() + " not verified)" : ""))
                .setHeader("Provisions").setAutoWidth(true);
        grid.addColumn(ResolutionRow::citingIncidentCount).setHeader("Incidents citing").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(resolutions.list());
        grid.setEmptyStateText("No resolutions recorded yet.");
        grid.setSizeFull();
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (CurrentUser.canSeeUnpublished()) {
            Anchor create = Texts.appLink("New resolution", Pages.NEW_RESOLUTION);
            create.addClassName("button-link");
            header.add(create);
            grid.addColumn(row -> row.workflowState() == WorkflowState.PUBLISHED ? "" : row.workflowState().title()).setHeader("State")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        org.sanctionsmonitor.base.ui.GridCards.enable(grid, "Resolutions", 820, row -> org.sanctionsmonitor.base.ui.GridCards.card(
                Texts.appLink(org.sanctionsmonitor.base.Labels.resolution(row.number()) + ": " + row.title(), Pages.resolution(row.number())),
                org.sanctionsmonitor.base.ui.GridCards.line("Adopted " + Formats.date(row.adoptedOn()), row.voteText()), org.sanctionsmonitor.base.ui.GridCards.line(row.regimeName()),
                org.sanctionsmonitor.base.ui.GridCards.line(row.provisionCount() + " provisions" + (row.unverifiedCount() > 0 ? " (" + row.unverifiedCount() + " not verified)" : ""),
                        row.citingIncidentCount() + " incidents citing",
                        row.workflowState() == WorkflowState.PUBLISHED ? null : row.workflowState().title())));
        header.addClassName("list-header");
        add(header, grid);
    }
}
