package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Duration;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.sanctionsmonitor.base.DatabaseStatus;
import org.sanctionsmonitor.base.RateLimitedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What happens to an exception that escapes a request after the page was opened (a click, a grid scrolling, a
 * message from the browser):
 * <ul>
 * <li>the database cannot be reached: the user is told the service is unavailable; one log line;</li>
 * <li>the browser sent something the app never sends (a forged or garbled message: the exception comes from
 * Vaadin's handling of the message, not from our code): ignored; one short WARN line, at most one every 10 seconds,
 * instead of an ERROR with a full stack trace each time;</li>
 * <li>anything else is a bug: Vaadin's default handling (an ERROR with the stack trace).</li>
 * </ul>
 */
class AppErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private final transient DatabaseStatus database;
    private final transient RateLimitedLog clientFaults = new RateLimitedLog(log, LOG_INTERVAL);
    private final transient RateLimitedLog outages = new RateLimitedLog(log, LOG_INTERVAL);
    private final DefaultErrorHandler vaadin = new DefaultErrorHandler();

    AppErrorHandler(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseOutage.isCause(failure)) {
            database.failed();
            outages.warn("Database unavailable during a request" + from() + ": " + RateLimitedLog.printable(DatabaseOutage.describe(failure), 300));
            if (UI.getCurrent() != null) {
                Notification.show("The service is unavailable right now: the database cannot be reached. Try again shortly.",
                        8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        if (isMalformedClientMessage(failure)) {
            clientFaults.warn("Ignored a malformed message from the browser" + from() + ": "
                    + RateLimitedLog.printable(failure.getClass().getSimpleName() + ": " + failure.getMessage(), 200));
            return;
        }
        vaadin.error(event);
    }

    /**
     * Thrown while Vaadin handled a message from the browser, with none of our code involved: the browser sent
     * something our pages never send (an unknown RPC, an event for a method that does not exist, a garbled location).
     * Each stack is read from where it was thrown down to Vaadin's message handling; below that every request passes
     * through our filters, which say nothing.
     */
    static boolean isMalformedClientMessage(Throwable failure) {
        boolean inMessageHandling = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.sanctionsmonitor.")) {
                    return false;
                }
                if (frame.getClassName().startsWith("com.vaadin.flow.server.communication.")) {
                    inMessageHandling = true;
                    break;
                }
            }
        }
        return inMessageHandling;
    }

    private static String from() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String address = request == null ? null : request.getRemoteAddr();
        String name = user == null ? null : RateLimitedLog.printable(user.getName(), 64);
        return (address == null ? "" : " from " + address) + (name == null ? "" : " (" + name + ")");
    }
}
