package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.editorial.CaseItem;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.ItemRef;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.WorkflowException;
import org.sanctionsmonitor.editorial.WorkflowState;

/**
 * A case reviewed as one thing — an incident with the new sources it cites and the statements about it: what is in
 * it and where each stands, and the steps for all of it at once (submit; publish or send back). Shown only when the
 * case holds more than the record itself.
 */
public class CasePanel extends Div {

    private final ReviewService review;
    private final Runnable afterChange;

    public CasePanel(ReviewService review, List<CaseItem> items, Runnable afterChange) {
        this.review = review;
        this.afterChange = afterChange;
        addClassNames("card", "case-panel");
        Map<ItemRef, Long> seen = new LinkedHashMap<>();
        items.forEach(item -> seen.put(item.ref(), item.status().version()));
        long drafts = items.stream().filter(item -> stage(item.status()) == WorkflowState.DRAFT).count();
        long inReview = items.stream().filter(item -> stage(item.status()) == WorkflowState.IN_REVIEW).count();
        UnorderedList list = new UnorderedList();
        for (CaseItem item : items) {
            Span state = new Span(" · " + item.ref().type().label() + " · " + describe(item.status()));
            state.addClassName("meta");
            list.add(new ListItem(Texts.appLink(item.title(), item.page()), state));
        }
        add(new H3("The case (" + items.size() + " items)"),
                new Paragraph("This record, the sources it cites and the statements about it that are not published yet are "
                        + "reviewed together."), list);
        if (drafts > 0) {
            Button submit = new Button("Submit the case (" + drafts + (drafts == 1 ? " draft)" : " drafts)"),
                    click -> run(() -> review.submitCase(seen), "The case is submitted for review."));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
        if (inReview > 0) {
            Button publish = new Button("Publish the case (" + inReview + (inReview == 1 ? " item)" : " items)"),
                    click -> run(() -> review.approveCase(seen), "The case is published: readers see all of it now."));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish, new Button("Send the case back…", click -> sendBack(seen)));
        }
    }

    /** The stage that counts for the case: the pending change's on a published record, else the record's own. */
    private static WorkflowState stage(EditorialStatus status) {
        return status.hasPending() ? status.pending().state() : status.state();
    }

    private static String describe(EditorialStatus status) {
        Function<WorkflowState, String> phrase = WorkflowState::phrase;
        return status.hasPending()
                ? "published; " + (status.pending().withdrawal() ? "withdrawal " : "revision ") + phrase.apply(status.pending().state())
                : phrase.apply(status.state());
    }

    private void sendBack(Map<ItemRef, Long> seen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send the case back to its authors");
        TextArea comment = new TextArea("What must change?");
        comment.setWidth("30rem");
        comment.setAutofocus(true);
        Button send = new Button("Send back", click -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say what must change, so that the authors can fix it.");
                return;
            }
            dialog.close();
            run(() -> review.rejectCase(seen, comment.getValue()), "The case is sent back with your comment.");
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(comment);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
    }

    private void run(Runnable step, String done) {
        try {
            step.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        } catch (WorkflowException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
