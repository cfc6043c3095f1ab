package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the page header, beside the signed-in user (the saved views, for instance). Features
 * register a Spring bean that makes one component per browser tab; {@link MainLayout} knows none of them. Beans are
 * placed in their {@code @Order}.
 */
public interface HeaderItem {

    /** A new component for one page frame. */
    Component create();
}
