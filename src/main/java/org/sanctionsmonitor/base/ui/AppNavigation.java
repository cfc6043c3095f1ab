package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Navigation to a location built by {@code Pages}, query included, e.g. what a chart item carries when clicked. */
public final class AppNavigation {

    private AppNavigation() {
    }

    public static void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
