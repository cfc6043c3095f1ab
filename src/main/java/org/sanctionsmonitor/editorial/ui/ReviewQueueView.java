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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctionsmonitor.editorial.CaseItem;
import org.sanctionsmonitor.editorial.ItemRef;
import org.sanctionsmonitor.editorial.WorkflowState;
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
        waiting.addComponentColumn(item -> new WorkflowBar(review, item.type(), item.id(), item.status(), refresh))
                .setHeader("Decision").setAutoWidth(true);
        List<ReviewItem> queue = review.queue();
        waiting.setItems(queue);
        org.sanctionsmonitor.base.ui.GridCards.enable(waiting, "Waiting", 900, item -> org.sanctionsmonitor.base.ui.GridCards.card(link(item), org.sanctionsmonitor.base.ui.GridCards.line(kind(item), item.updatedBy(),
                Formats.instant(item.updatedAt())), new WorkflowBar(review, item.type(), item.id(), item.status(), refresh)));

        configure(sentBack, "No draft is waiting for its author's changes.");
        sentBack.addColumn(ReviewItem::reviewComment).setHeader("Reviewer's comment").setFlexGrow(2);
        sentBack.setItems(review.sentBack());
        org.sanctionsmonitor.base.ui.GridCards.enable(sentBack, "Sent back", 760, item -> org.sanctionsmonitor.base.ui.GridCards.card(link(item), org.sanctionsmonitor.base.ui.GridCards.line(kind(item), item.updatedBy(),
                Formats.instant(item.updatedAt())), org.sanctionsmonitor.base.ui.GridCards.line(item.reviewComment())));

        add(new H2("Review"),
                new Paragraph(review.fourEyes()
                        ? "Publishing needs an editor other than the item's last author."
                        : "The four-eyes rule is off: authors may publish their own items."),
                new H3("Waiting for review"));
        cases(review, queue, refresh).forEach(this::add);
        add(waiting, new H3("Sent back for changes"), sentBack);
    }

    /**
     * The cases among what waits: each record in review whose case holds other items in review, shown as one thing to
     * publish or send back in one step. Its items stay in the list below too.
     */
    private static List<CasePanel> cases(ReviewService review, List<ReviewItem> queue, Runnable refresh) {
        List<CasePanel> cases = new ArrayList<>();
        Set<ItemRef> inCases = new HashSet<>();
        for (ReviewItem item : queue) {
            ItemRef ref = new ItemRef(item.type(), item.id());
            if (inCases.contains(ref)) {
                continue;
            }
            List<CaseItem> members = review.caseOf(item.type(), item.id()).stream()
                    .filter(member -> (member.status().hasPending() ? member.status().pending().state() : member.status().state())
                            == WorkflowState.IN_REVIEW)
                    .toList();
            if (members.size() > 1) {
                members.forEach(member -> inCases.add(member.ref()));
                cases.add(new CasePanel(review, members, refresh));
            }
        }
        return cases;
    }

    private static void configure(Grid<ReviewItem> grid, String empty) {
        grid.addColumn(ReviewQueueView::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ReviewQueueView::link).setHeader("Item").setFlexGrow(3);
        grid.addColumn(ReviewItem::updatedBy).setHeader("Last author").setAutoWidth(true);
        grid.addColumn(item -> Formats.instant(item.updatedAt())).setHeader("Last changed").setAutoWidth(true);
        grid.setEmptyStateText(empty);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private static String kind(ReviewItem item) {
        return item.type().label() + (item.change() == ReviewItem.Change.NEW ? ""
                : " · " + item.change().label().toLowerCase(java.util.Locale.ROOT));
    }

    private static Component link(ReviewItem item) {
        return Texts.appLink(item.title(), item.page());
    }
}
