package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.sanctionsmonitor.base.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open, inside the app's layout. When the database cannot be reached the page says the service
 * is unavailable, checks every few seconds and opens the page by itself once the database answers again (the log gets
 * one line). Any other failure is a bug: the page says so, and the log gets the stack trace.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    static final int RETRY_MILLIS = 3000;

    private final DatabaseStatus database;
    private boolean outage;
    private Registration retry;

    public ServerErrorView(DatabaseStatus database) {
        super("", "");
        this.database = database;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String page = event.getLocation().getPathWithQueryParameters();
        outage = DatabaseOutage.isCause(parameter.getCaughtException());
        if (outage) {
            database.failed();
            log.warn("Database unavailable while opening /{}: {}", page, DatabaseOutage.describe(parameter.getCaughtException()));
            heading.setText("The service is unavailable");
            explanation.setText("The database cannot be reached right now. This page opens by itself as soon as it is back; "
                    + "you can also try again shortly.");
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        log.error("Could not open /{}", page, parameter.getCaughtException());
        heading.setText("Something went wrong");
        explanation.setText("This page could not be opened because of an error on our side. It has been logged. "
                + "Try again, or go back.");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** During an outage: every few seconds, reopen the page if the database answers again. */
    @Override
    protected void onAttach(AttachEvent event) {
        if (outage) {
            UI ui = event.getUI();
            ui.setPollInterval(RETRY_MILLIS);
            retry = ui.addPollListener(poll -> {
                if (database.reachable()) {
                    ui.refreshCurrentRoute(false);
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (retry != null) {
            retry.remove();
            retry = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
