package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.editorial.CaseItem;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;

/**
 * What editors see at the top of a record's page, the same on every kind of record: the page's own links (Edit, …),
 * the workflow steps, what a pending revision would change, and the case reviewed together with the record.
 */
public final class EditorTools extends VerticalLayout {

    public EditorTools(ReviewService review, ItemType type, long id, EditorialStatus status, List<Difference> pendingChanges,
            Runnable refresh, Component... links) {
        setPadding(false);
        addClassName("editor-tools");
        List<Component> actions = new ArrayList<>(List.of(links));
        actions.add(new WorkflowBar(review, type, id, status, refresh));
        HorizontalLayout row = new HorizontalLayout(actions.toArray(Component[]::new));
        row.addClassName("editor-actions");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
        if (status.hasPending()) {
            add(new PendingRevisionPanel(status.pending(), pendingChanges));
        }
        List<CaseItem> items = review.caseOf(type, id);
        if (items.size() > 1) {
            add(new CasePanel(review, items, refresh));
        }
    }
}
