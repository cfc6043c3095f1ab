package org.sanctionsmonitor.editorial.ui;

import org.sanctionsmonitor.base.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.editorial.ReviewItem;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.Role;

/** What waits for review (publish or send back), and what reviewers sent back to its authors. */
@Route("review")
@PageTitle("Review · Sanctions Monitor")
@Menu(title = "Review", order = 50, icon = "vaadin:check-square-o")
@RolesAllowed(Role.EDITOR_ROLE)
class ReviewQueueView extends VerticalLayout {

    final Grid<ReviewItem> waiting = new Grid<>();
    final Grid<ReviewItem> sentBack = new Grid<>();

    ReviewQueueView(ReviewService review) {
        setSizeFull();
        Runnable refresh = () -> UI.getCurrent().refreshCurrentRoute(false);
        configure(waiting, "Nothing waits for review.");
        waiting.addComponentColumn(item -> new WorkflowBar(review, item.type(), item.id(),
                new EditorialStatus(item.workflowState(), item.updatedBy(), null, item.version()), refresh))
                .setHeader("Decision").setAutoWidth(true);
        waiting.setItems(review.queue());

        configure(sentBack, "No draft is waiting for its author's changes.");
        sentBack.addColumn(ReviewItem::reviewComment).setHeader("Reviewer's comment").setFlexGrow(2);
        sentBack.setItems(review.sentBack());

        add(new H2("Review"),
                new Paragraph(review.fourEyes()
                        ? "Publishing needs an editor other than the item's last author."
                        : "The four-eyes rule is off: authors may publish their own items."),
                new H3("Waiting for review"), waiting, new H3("Sent back for changes"), sentBack);
    }

    private static void configure(Grid<ReviewItem> grid, String empty) {
        grid.addColumn(item -> item.type().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ReviewQueueView::link).setHeader("Item").setFlexGrow(3);
        grid.addColumn(ReviewItem::updatedBy).setHeader("Last author").setAutoWidth(true);
        grid.addColumn(item -> Formats.instant(item.updatedAt())).setHeader("Last changed").setAutoWidth(true);
        grid.setEmptyStateText(empty);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private static Component link(ReviewItem item) {
        return Texts.appLink(item.title(), item.page());
    }
}
