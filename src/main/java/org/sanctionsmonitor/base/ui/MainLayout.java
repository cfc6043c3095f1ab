package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sanctionsmonitor.base.Pages;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/** The frame around every view: the side navigation (built from each view's {@code @Menu}) and the signed-in user. */
@Layout
@PermitAll
@JavaScript("context://components/sm-layout.js")
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderItem> headerItems) {
        Span title = new Span("Sanctions Monitor");
        title.addClassName("app-title");

        Div user = new Div();
        user.addClassName("app-user");
        authentication.getPrincipalName().ifPresent(name -> user.add(new Span(name)));
        Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setAriaLabel("Sign out"); // on a phone the button shows only its icon
        logout.addClassName("app-sign-out");
        user.add(logout);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, searchField());
        headerItems.orderedStream().forEach(item -> header.add(item.create()));
        header.add(user);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Search everywhere from every page: Enter opens {@code /search?q=…}. */
    private static Div searchField() {
        TextField text = new TextField();
        text.setPlaceholder("Search everything");
        text.setAriaLabel("Search everything");
        text.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        text.setClearButtonVisible(true);
        text.addClassName("header-search-text");
        Button go = new Button("Search", new Icon(VaadinIcon.ARROW_RIGHT), click -> {
            if (!text.getValue().isBlank()) {
                AppNavigation.open(Pages.search(text.getValue().strip()));
                text.clear();
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        go.addClassName("header-search-go");
        go.setAriaLabel("Search"); // on a phone or a tablet the button shows only its icon
        // Leaving the field first sends what was just typed, so Enter searches for it.
        go.addClickShortcut(Key.ENTER).listenOn(text).resetFocusOnActiveElement();
        Div search = new Div(text, go);
        search.addClassName("header-search");
        search.getElement().setAttribute("role", "search");
        return search;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }
}
