package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A button that copies text (and, when given, rich text) to the clipboard in the browser ({@code sm-copy.js}). */
@Tag("sm-copy")
@JavaScript("context://components/sm-copy.js")
class CopyButton extends Component implements HasComponents {

    final Button button;

    CopyButton(String label, String text, String html) {
        button = new Button(label, VaadinIcon.COPY.create());
        add(button);
        getElement().setProperty("text", text);
        if (html != null) {
            getElement().setProperty("html", html);
        }
        addListener(CopiedEvent.class, event -> {
            if (event.ok) {
                Notification.show("Copied.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show("The browser did not allow copying: select the text and copy it yourself.")
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
    }

    /** Public with a public constructor: Flow looks only for public constructors of a DOM event. */
    @DomEvent("sm-copied")
    public static class CopiedEvent extends ComponentEvent<CopyButton> {

        final boolean ok;

        public CopiedEvent(CopyButton source, boolean fromClient, @EventData("event.detail.ok") boolean ok) {
            super(source, fromClient);
            this.ok = ok;
        }
    }
}
