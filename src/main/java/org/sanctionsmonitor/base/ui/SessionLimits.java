package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Comparator;
import org.sanctionsmonitor.base.DatabaseStatus;
import org.springframework.stereotype.Component;

/**
 * Bounds what one session can hold and words what Vaadin says on its own:
 * <ul>
 * <li>at most {@value #MAX_UIS_PER_SESSION} open pages (browser tabs, each a Vaadin UI in server memory) per session:
 * opening one more closes the oldest, which, on its next contact, asks its user to reload it;</li>
 * <li>errors after a page was opened go to {@link AppErrorHandler};</li>
 * <li>Vaadin's "session expired" and "internal error" notices are worded for this app. The "session expired" notice
 * waits for a click instead of reloading at once, so a closed tab cannot reload itself and close the next one.</li>
 * </ul>
 */
@Component
class SessionLimits implements VaadinServiceInitListener {

    static final int MAX_UIS_PER_SESSION = 10;

    private final DatabaseStatus database;

    SessionLimits(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(SessionLimits::closeOldestBeyondLimit);
        AppErrorHandler errors = new AppErrorHandler(database);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errors));
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption("This page is no longer active");
        messages.setSessionExpiredMessage("You signed out, your session ended, or more than " + MAX_UIS_PER_SESSION
                + " tabs of Sanctions Monitor were open and this one was closed. Take note of anything unsaved, "
                + "then click here to reload the page.");
        messages.setInternalErrorCaption("Something went wrong");
        messages.setInternalErrorMessage("The last action failed because of an error on the server. "
                + "Take note of anything unsaved, then click here to reload the page.");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

    private static void closeOldestBeyondLimit(UIInitEvent event) {
        var open = event.getUI().getSession().getUIs().stream()
                .filter(ui -> !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId))
                .toList();
        open.stream().limit(Math.max(0, open.size() - MAX_UIS_PER_SESSION)).forEach(UI::close);
    }
}
