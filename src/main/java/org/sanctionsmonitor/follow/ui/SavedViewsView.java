package org.sanctionsmonitor.follow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.follow.FeedAddress;
import org.sanctionsmonitor.follow.FeedService;
import org.sanctionsmonitor.follow.SavedView;
import org.sanctionsmonitor.follow.SavedViewService;
import org.sanctionsmonitor.security.Role;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reader's saved views: open, rename or delete each; and their private Atom feeds. A feed's address carries the
 * reader's feed key, which is shown only when it is made (it is stored as a hash): making a new key or revoking it
 * stops the old addresses.
 */
@Route(Pages.SAVED_VIEWS)
@PageTitle("Saved views · Sanctions Monitor")
@RolesAllowed(Role.VIEWER_ROLE)
class SavedViewsView extends VerticalLayout implements BeforeEnterObserver {

    final UnorderedList views = new UnorderedList();
    final Paragraph keyState = new Paragraph();
    final Button newKey = new Button("Make a new feed key");
    final Button revoke = new Button("Revoke the feed key");
    final UnorderedList feeds = new UnorderedList();
    private final SavedViewService savedViews;
    private final FeedService feedService;
    /** The key made on this page, shown until the reader leaves it; never stored in clear. */
    private String secret;

    SavedViewsView(SavedViewService savedViews, FeedService feedService) {
        this.savedViews = savedViews;
        this.feedService = feedService;
        addClassNames("saved-views-view", "detail-view");
        setWidthFull();
        views.addClassName("saved-views-page-list");
        feeds.addClassName("feed-addresses");
        newKey.addClickListener(e -> {
            secret = feedService.createKey();
            show();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            feedService.revokeKey();
            secret = null;
            show();
            Notification.show("Feed key revoked: its addresses no longer answer.", 4000, Notification.Position.BOTTOM_START);
        });
        Paragraph intro = new Paragraph("Save a view from the header's “Saved views” on any filtered list, the timeline or a"
                + " country's dossier. The header says how many published items are new or changed in each since you last"
                + " opened it.");
        intro.addClassName("note");
        Paragraph feedIntro = new Paragraph("Follow your saved views in a feed reader: each has a private Atom feed of its"
                + " latest published items. Its address holds your feed key, so keep it private.");
        feedIntro.addClassName("note");
        Div keyActions = new Div(newKey, revoke);
        keyActions.addClassName("editor-actions");
        add(new H2("Saved views"), intro, views, new H3("Feeds"), feedIntro, keyState, keyActions, feeds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = null;
        show();
    }

    private void show() {
        List<SavedView> saved = savedViews.list();
        views.removeAll();
        if (saved.isEmpty()) {
            views.add(new ListItem(Texts.empty("No saved views yet.")));
        }
        saved.forEach(view -> views.add(row(view)));

        var created = feedService.keyCreatedAt();
        revoke.setVisible(created.isPresent());
        feeds.removeAll();
        if (secret != null) {
            keyState.setText("Your new feed key is in the addresses below. Copy them now: they are shown only this once."
                    + " Making a new key or revoking this one stops them.");
            String base = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                    .build().toUriString() + "/";
            saved.forEach(view -> {
                TextField address = new TextField("Atom feed of “" + view.name() + "”");
                address.setValue(base + FeedAddress.of(view.id(), secret));
                address.setReadOnly(true);
                address.setWidthFull();
                address.addClassName("feed-address");
                feeds.add(new ListItem(address));
            });
        } else if (created.isPresent()) {
            keyState.setText("You made your feed key on " + Formats.instant(created.get()) + ". Its addresses were shown then;"
                    + " for a view saved since, or a lost address, make a new key (the old addresses stop).");
        } else {
            keyState.setText("You have no feed key. Make one to get the feed address of each saved view.");
        }
    }

    private ListItem row(SavedView view) {
        Badge count = new Badge(view.newItems() == 0 ? "nothing new" : view.newItems() + " new",
                view.newItems() == 0 ? Badge.Tone.NEUTRAL : Badge.Tone.DANGER);
        Span where = new Span("/" + view.location());
        where.addClassName("meta");
        TextField name = new TextField("New name");
        name.setValue(view.name());
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setVisible(false);
        Button rename = new Button("Rename");
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        rename.setAriaLabel("Rename " + view.name());
        rename.addClickListener(e -> {
            if (!name.isVisible()) {
                name.setVisible(true);
                name.focus();
                rename.setText("Save name");
                return;
            }
            try {
                savedViews.rename(view.id(), name.getValue());
                show();
            } catch (FieldException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.getMessage());
            }
        });
        Button delete = new Button("Delete", e -> {
            savedViews.delete(view.id());
            show();
            Notification.show("Deleted “" + view.name() + "”.", 4000, Notification.Position.BOTTOM_START);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel("Delete " + view.name());
        Div head = new Div(Texts.appLink(view.name(), view.location()), count);
        head.addClassName("change-head");
        Div actions = new Div(name, rename, delete);
        actions.addClassName("editor-actions");
        Div card = new Div(head, where, actions);
        card.addClassNames("card", "saved-view-card");
        return new ListItem(card);
    }
}
