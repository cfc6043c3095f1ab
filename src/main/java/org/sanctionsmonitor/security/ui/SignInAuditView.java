package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.SignInAudit;
import org.sanctionsmonitor.security.SignInEvent;

/** Admin-only: the sign-in audit, newest first, optionally for one username. */
@Route("admin/sign-ins")
@PageTitle("Sign-ins · Sanctions Monitor")
@Menu(title = "Sign-ins", order = 91, icon = "vaadin:sign-in")
@RolesAllowed(Role.ADMIN_ROLE)
class SignInAuditView extends VerticalLayout {

    final TextField user = new TextField();
    final Grid<SignInEvent> grid = new Grid<>();

    SignInAuditView(SignInAudit audit) {
        setSizeFull();
        user.setPlaceholder("Username");
        user.setAriaLabel("Show only this username");
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(event -> Formats.instant(event.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInEvent::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(event -> event.outcome().label()).setHeader("What happened").setFlexGrow(2);
        grid.addColumn(event -> event.attempt() == null ? "" : String.valueOf(event.attempt()))
                .setHeader("Attempt").setTooltipGenerator(event -> "Attempts since the last successful sign-in").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInEvent::clientAddress).setHeader("From").setAutoWidth(true);
        grid.addColumn(SignInEvent::actor).setHeader("By admin").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(page -> audit.list(user.getValue(), page));
        grid.setEmptyStateText("No sign-ins recorded.");
        grid.setSizeFull();
        org.sanctionsmonitor.base.ui.GridCards.enable(grid, "Sign-ins", 760, event -> org.sanctionsmonitor.base.ui.GridCards.card(new com.vaadin.flow.component.html.Span(event.outcome().label()),
                org.sanctionsmonitor.base.ui.GridCards.line(Formats.instant(event.occurredAt()), event.username()),
                org.sanctionsmonitor.base.ui.GridCards.line(event.attempt() == null ? null : "attempt " + event.attempt(), event.clientAddress(),
                        event.actor() == null ? null : "by " + event.actor())));

        add(new H2("Sign-ins"), new Paragraph("Who signed in, failed, was locked or refused, and which admin unlocked "
                + "whom: when and from which address. Entries are kept for " + audit.retentionDays() + " days."), user, grid);
    }
}
