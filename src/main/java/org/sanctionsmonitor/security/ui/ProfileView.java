package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.GridCards;
import org.sanctionsmonitor.security.ApiTokenRow;
import org.sanctionsmonitor.security.ApiTokenService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.NewApiToken;
import org.sanctionsmonitor.security.Role;

/**
 * The signed-in user's page: their API tokens for the read API, made, listed and revoked here. A new token is shown
 * once, with a curl example; afterwards only its first characters are listed.
 */
@Route("profile")
@PageTitle("Profile and API tokens · Sanctions Monitor")
@Menu(title = "Profile and API tokens", order = 95, icon = "vaadin:key")
@RolesAllowed(Role.VIEWER_ROLE)
class ProfileView extends VerticalLayout {

    final TextField name = new TextField("Token name");
    final DatePicker expiresOn = new DatePicker("Valid through (optional)");
    final Button create = new Button("Create token", VaadinIcon.PLUS.create());
    final Div created = new Div();
    final Grid<ApiTokenRow> grid = new Grid<>();

    private final ApiTokenService tokens;
    private final Clock clock;

    ProfileView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("profile-view");
        add(new H2("Profile"), new Paragraph("Signed in as " + CurrentUser.username().orElse("?") + "."));

        add(new H3("API tokens"), new Paragraph("A token lets a script or a tool such as R, Python or Excel read the data "
                + "through the read API at /api/v1, with your role: it sees what you see. Send it in the header "
                + "\"Authorization: Bearer <token>\". Each token may make a limited number of requests a minute."));
        Anchor docs = new Anchor("swagger-ui.html", "API documentation (Swagger UI)");
        docs.setRouterIgnore(true);
        Anchor openApi = new Anchor("v3/api-docs", "OpenAPI document (JSON)");
        openApi.setRouterIgnore(true);
        add(new HorizontalLayout(docs, openApi));

        name.setMaxLength(100);
        name.setHelperText("Where it is used, e.g. \"R scripts\". Up to 100 characters.");
        expiresOn.setHelperText("Empty: valid until you revoke it.");
        expiresOn.setMin(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, expiresOn, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("token-form");
        form.setWrap(true); // one field under the other on a phone, never past the right edge
        created.addClassName("new-token");
        created.setVisible(false);
        add(form, created);

        grid.addColumn(ApiTokenRow::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(row -> row.prefix() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(row -> Formats.instant(row.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(row -> row.expiresAt() == null ? "never" : Formats.instant(row.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? "never" : Formats.instant(row.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addColumn(row -> row.status(clock.instant())).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("You have no API token yet.");
        // On a phone or a narrow tablet each token is a card, so the list never scrolls sideways.
        GridCards.enable(grid, "API tokens", 760, row -> GridCards.card(new Span(row.name()),
                GridCards.line(row.prefix() + "…", row.status(clock.instant())),
                GridCards.line("Created " + Formats.instant(row.createdAt()),
                        "expires " + (row.expiresAt() == null ? "never" : Formats.instant(row.expiresAt())),
                        "last used " + (row.lastUsedAt() == null ? "never" : Formats.instant(row.lastUsedAt()))),
                GridCards.line(revokeButton(row))));
        add(grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        expiresOn.setInvalid(false);
        try {
            NewApiToken token = tokens.create(name.getValue(), expiresOn.getValue());
            name.clear();
            expiresOn.clear();
            showOnce(token);
            refresh();
        } catch (FieldException refused) {
            if (refused.field().equals("expiresOn")) {
                expiresOn.setErrorMessage(refused.getMessage());
                expiresOn.setInvalid(true);
            } else {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            }
        }
    }

    /** The new token, this once, with a way to copy it and an example request. */
    private void showOnce(NewApiToken token) {
        created.removeAll();
        TextField value = new TextField("Your new token \"" + token.row().name() + "\"");
        value.setValue(token.token());
        value.setReadOnly(true);
        value.setWidth("34rem");
        value.setMaxWidth("100%");
        value.addClassName("token-value");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", token.token());
            Notification.show("Copied the token.");
        });
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.addClassName("token-form");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        Paragraph warning = new Paragraph("Copy it now: it is shown only this once. Only its first characters are kept in the list.");
        warning.addClassName("warning");
        Pre example = new Pre("curl -H 'Authorization: Bearer " + token.token() + "' " + baseUrl() + "api/v1/incidents");
        created.add(row, warning, example);
        created.setVisible(true);
    }

    private Component revokeButton(ApiTokenRow row) {
        Button revoke = new Button("Revoke", click -> confirmRevoke(row));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(row.revokedAt() == null);
        revoke.setAriaLabel("Revoke the token " + row.name());
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Revoke \"" + row.name() + "\"?",
                "Requests with this token are refused from now on. This cannot be undone.", "Revoke", event -> {
                    try {
                        tokens.revoke(row.id());
                        Notification.show("Revoked \"" + row.name() + "\".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (FieldException refused) {
                        Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080/";
        }
        var http = request.getHttpServletRequest();
        return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath() + "/";
    }
}
