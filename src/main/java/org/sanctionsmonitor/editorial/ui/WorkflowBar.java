package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.WorkflowException;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.CurrentUser;

/**
 * The workflow steps an editor can take on an item from its page: submit a draft, publish or send back an item in
 * review (with a reason), archive a published one. A reviewer's reason is shown to the author on the draft.
 */
public class WorkflowBar extends Div {

    /** {@code status} is what the editor sees on the page; each step is refused if the item changed since. */
    public WorkflowBar(ReviewService review, ItemType type, long id, EditorialStatus status, Runnable afterChange) {
        WorkflowState state = status.state();
        String lastAuthor = status.lastAuthor();
        String reviewComment = status.reviewComment();
        long version = status.version();
        addClassName("workflow-bar");
        if (state == WorkflowState.DRAFT && reviewComment != null) {
            Paragraph sentBack = new Paragraph("Sent back by the reviewer: " + reviewComment);
            sentBack.addClassNames("warning", "review-comment");
            add(sentBack);
        }
        switch (state) {
            case DRAFT -> add(button("Submit for review", true, () -> review.submit(type, id, version), "Submitted for review.", afterChange));
            case IN_REVIEW -> {
                Button publish = button("Publish", true, () -> review.approve(type, id, version), "Published: readers can see it now.", afterChange);
                if (review.fourEyes() && CurrentUser.username().orElse("").equals(lastAuthor)) {
                    publish.setEnabled(false);
                    publish.setTooltipText("You wrote the last version: someone else must publish it.");
                    add(publish, new Paragraph("Waiting for another editor to publish it (you wrote the last version)."));
                } else {
                    add(publish);
                }
                add(new Button("Send back…", click -> sendBack(review, type, id, version, afterChange)));
            }
            case PUBLISHED -> add(new Button("Archive…", click -> new ConfirmDialog("Archive this " + type.label().toLowerCase() + "?",
                    "Readers will no longer see it. Its history is kept.", "Archive",
                    confirm -> run(() -> review.archive(type, id, version), "Archived.", afterChange), "Cancel", cancel -> { }).open()));
            case ARCHIVED -> add(new Paragraph("Archived: readers do not see it."));
        }
    }

    private static Button button(String text, boolean primary, Runnable step, String done, Runnable afterChange) {
        Button button = new Button(text, click -> run(step, done, afterChange));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static void sendBack(ReviewService review, ItemType type, long id, long version, Runnable afterChange) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send back to the author");
        TextArea comment = new TextArea("What must change?");
        comment.setRequired(true);
        comment.setWidth("30rem");
        comment.setAutofocus(true);
        Button send = new Button("Send back", click -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say what must change, so that the author can fix it.");
                return;
            }
            dialog.close();
            run(() -> review.reject(type, id, version, comment.getValue()), "Sent back to draft with your comment.", afterChange);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(comment);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
    }

    private static void run(Runnable step, String done, Runnable afterChange) {
        try {
            step.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        } catch (WorkflowException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
