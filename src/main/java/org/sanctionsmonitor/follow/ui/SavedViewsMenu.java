package org.sanctionsmonitor.follow.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.follow.SavedView;
import org.sanctionsmonitor.follow.SavedViewService;

/**
 * The header's saved views: a button that says how many published items are new or changed across the reader's saved
 * views, opening a list of them, each with its own count. Opening a view's page marks it as seen (after every
 * navigation the counts are read again). From here a reader saves the page they are on.
 */
class SavedViewsMenu extends Composite<Div> implements AfterNavigationObserver {

    final Button toggle = new Button(VaadinIcon.BOOKMARK.create());
    final Span total = new Span();
    final UnorderedList views = new UnorderedList();
    final Button saveThis = new Button("Save this page as a view…", VaadinIcon.PLUS.create());
    final Popover popover = new Popover();
    private final SavedViewService savedViews;
    private String location = "";

    SavedViewsMenu(SavedViewService savedViews) {
        this.savedViews = savedViews;
        getContent().addClassName("saved-views-menu");
        toggle.setText("Saved views");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("saved-views-toggle");
        total.addClassNames("badge", "badge-danger", "saved-views-total");
        total.setVisible(false);
        total.getElement().setAttribute("aria-hidden", "true"); // the button's label says it in words
        toggle.setSuffixComponent(total);

        views.addClassName("saved-views-list");
        saveThis.addThemeVariants(ButtonVariant.LUMO_SMALL);
        saveThis.addClickListener(e -> {
            popover.close();
            SaveViewDialog.open(savedViews, () -> refresh());
        });
        H2 heading = new H2("Saved views");
        heading.addClassName("popover-heading");
        Div links = new Div(Texts.appLink("What's new since your last visit", Pages.WHATS_NEW),
                Texts.appLink("Manage saved views and feeds", Pages.SAVED_VIEWS));
        links.addClassName("saved-views-links");
        Div panel = new Div(heading, views, saveThis, links);
        panel.addClassName("saved-views-panel");
        popover.add(panel);
        popover.setTarget(toggle);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Saved views");
        popover.setAutofocus(true);
        popover.addClassName("saved-views-popover");
        getContent().add(toggle, popover);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        location = event.getLocation().getPathWithQueryParameters();
        popover.close();
        try {
            savedViews.opened(location);
            refresh();
        } catch (RuntimeException e) {
            // During a database outage the page says so (ServerErrorView); the header must not take that page down.
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            total.setVisible(false);
        }
    }

    void refresh() {
        List<SavedView> saved = savedViews.list();
        int fresh = saved.stream().mapToInt(SavedView::newItems).sum();
        total.setText(String.valueOf(fresh));
        total.setVisible(fresh > 0);
        toggle.setAriaLabel(fresh == 0 ? "Saved views" : "Saved views, " + fresh + " new");
        views.removeAll();
        if (saved.isEmpty()) {
            Paragraph none = new Paragraph("No saved views yet. Filter a list, the timeline or open a dossier, then save it here.");
            none.addClassName("empty");
            views.add(new ListItem(none));
        }
        for (SavedView view : saved) {
            Badge count = new Badge(view.newItems() == 0 ? "nothing new" : view.newItems() + " new",
                    view.newItems() == 0 ? Badge.Tone.NEUTRAL : Badge.Tone.DANGER);
            count.addClassName("saved-view-count");
            ListItem item = new ListItem(Texts.appLink(view.name(), view.location()), count);
            item.addClassName("saved-view");
            views.add(item);
        }
        saveThis.setEnabled(savedViews.suggestedName(location).isPresent());
    }
}
