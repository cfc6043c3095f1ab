package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.WorkflowException;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.security.CurrentUser;

/**
 * The workflow steps an editor can take on an item from its page: submit a draft, publish or send back what is in
 * review (with a reason), and on a published item submit, publish or discard its pending revision, or ask for its
 * withdrawal. A reviewer's reason is shown to the author.
 */
public class WorkflowBar extends Div {

    private final ReviewService review;
    private final Runnable afterChange;

    /** {@code status} is what the editor sees on the page; each step is refused if the item changed since. */
    public WorkflowBar(ReviewService review, ItemType type, long id, EditorialStatus status, Runnable afterChange) {
        this.review = review;
        this.afterChange = afterChange;
        addClassName("workflow-bar");
        long version = status.version();
        if (status.hasPending()) {
            EditorialStatus.Pending pending = status.pending();
            if (pending.reviewComment() != null && pending.state() == WorkflowState.DRAFT) {
                add(note("Sent back by the reviewer: " + pending.reviewComment()));
            }
            if (pending.withdrawal()) {
                add(new Paragraph("Withdrawal requested by " + pending.author() + ": " + pending.reason()));
                reviewSteps(type, id, version, pending.author(), "Withdraw", "Withdrawn: readers see that it was withdrawn, and why.",
                        "Keep published…");
            } else if (pending.state() == WorkflowState.DRAFT) {
                add(button("Submit revision for review", () -> review.submit(type, id, version), "Revision submitted for review."),
                        new Button("Discard revision…", click -> confirm("Discard this revision?",
                                "The published version stays as it is. The revision stays in the history.", "Discard",
                                () -> review.discardRevision(type, id, version), "Revision discarded.")));
            } else {
                reviewSteps(type, id, version, pending.author(), "Publish revision", "Published: readers see the new version now.",
                        "Send back…");
            }
            return;
        }
        if (status.state() == WorkflowState.DRAFT && status.reviewComment() != null) {
            add(note("Sent back by the reviewer: " + status.reviewComment()));
        }
        switch (status.state()) {
            case DRAFT -> add(button("Submit for review", () -> review.submit(type, id, version), "Submitted for review."));
            case IN_REVIEW -> reviewSteps(type, id, version, status.lastAuthor(), "Publish", "Published: readers can see it now.",
                    "Send back…");
            case PUBLISHED -> add(new Button("Withdraw…", click -> ask("Withdraw this " + type.phrase(),
                    "Why should readers no longer rely on it? They will see this reason.", "Ask for withdrawal",
                    reason -> review.requestWithdrawal(type, id, version, reason), "Withdrawal requested: another editor decides.")));
            case ARCHIVED -> add(new Paragraph("Withdrawn" + (status.withdrawalReason() == null ? "" : ": " + status.withdrawalReason())
                    + ". Readers see only that it was withdrawn, and why."));
        }
    }

    /** Publish (refused for the last author under four eyes) and send back, for whatever is in review. */
    private void reviewSteps(ItemType type, long id, long version, String author, String publishText, String published,
            String sendBackText) {
        Button publish = button(publishText, () -> review.approve(type, id, version), published);
        add(publish);
        if (review.fourEyes() && CurrentUser.username().orElse("").equals(author)) {
            publish.setEnabled(false);
            publish.setTooltipText("You wrote it: someone else must publish it.");
            add(new Paragraph("Waiting for another editor to publish it (you wrote it)."));
        }
        add(new Button(sendBackText, click -> ask("Send back to the author", "What must change?", "Send back",
                comment -> review.reject(type, id, version, comment), "Sent back to its author with your comment.")));
    }

    private Button button(String text, Runnable step, String done) {
        Button button = new Button(text, click -> run(step, done));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** Asks for a reason (required), then takes the step with it. */
    private void ask(String title, String question, String action, Consumer<String> step, String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea(question);
        reason.setRequired(true);
        reason.setWidth("30rem");
        reason.setAutofocus(true);
        Button confirm = new Button(action, click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give a reason: the author and the readers rely on it.");
                return;
            }
            dialog.close();
            run(() -> step.accept(reason.getValue()), done);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirm(String title, String text, String action, Runnable step, String done) {
        new com.vaadin.flow.component.confirmdialog.ConfirmDialog(title, text, action, confirm -> run(step, done), "Cancel",
                cancel -> { }).open();
    }

    private void run(Runnable step, String done) {
        try {
            step.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        } catch (WorkflowException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassNames("warning", "review-comment");
        return paragraph;
    }
}
