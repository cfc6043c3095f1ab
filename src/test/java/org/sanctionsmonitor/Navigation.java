package org.sanctionsmonitor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Browserless navigation to a URL with a query string, as a shared link would open it. */
public final class Navigation {

    private Navigation() {
    }

    /** Opens {@code location} (e.g. "incidents?country=KP") in the current UI and returns the view it shows. */
    public static <T> T open(String location, Class<T> expectedView) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
        return expectedView.cast(currentView());
    }

    public static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    public static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
