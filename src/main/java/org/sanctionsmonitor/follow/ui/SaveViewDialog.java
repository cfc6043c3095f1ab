package org.sanctionsmonitor.follow.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.follow.SavedViewService;

/** Asks for a name and saves the page the reader is on, exactly as its address reads now (filters, zoom and all). */
class SaveViewDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save view");
    private final SavedViewService savedViews;
    private final String location;

    SaveViewDialog(SavedViewService savedViews, String location, String suggested, Runnable saved) {
        this.savedViews = savedViews;
        this.location = location;
        setHeaderTitle("Save this view");
        name.setValue(suggested);
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setHelperText("Up to " + SavedViewService.MAX_NAME + " characters.");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        Paragraph what = new Paragraph("The header will say how many published items are new or changed in this view since you"
                + " last opened it.");
        what.addClassName("note");
        problem.addClassName("warning");
        problem.setVisible(false);
        add(name, what, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                savedViews.save(name.getValue(), location);
                close();
                saved.run();
                Notification.show("Saved “" + name.getValue().strip() + "”.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (FieldException refused) {
                if (refused.field().equals("name")) {
                    name.setInvalid(true);
                    name.setErrorMessage(refused.getMessage());
                } else {
                    problem.setText(refused.getMessage());
                    problem.setVisible(true);
                }
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setWidth("min(32rem, 95vw)");
    }

    /** Reads the page's address as the browser has it now (the timeline writes its zoom there without navigating). */
    static void open(SavedViewService savedViews, Runnable saved) {
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("return location.pathname.substring(new URL(document.baseURI).pathname.length) + location.search")
                .then(String.class, location -> savedViews.suggestedName(location).ifPresentOrElse(
                        suggested -> new SaveViewDialog(savedViews, location, suggested, saved).open(),
                        () -> Notification.show("This page cannot be saved as a view.", 4000, Notification.Position.BOTTOM_START)));
    }
}
