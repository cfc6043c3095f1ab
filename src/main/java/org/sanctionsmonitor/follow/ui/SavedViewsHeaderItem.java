package org.sanctionsmonitor.follow.ui;

import org.sanctionsmonitor.base.ui.HeaderItem;
import org.sanctionsmonitor.follow.SavedViewService;
import org.springframework.core.annotation.Order;

/** Puts the saved views into the header of every page. */
@org.springframework.stereotype.Component
@Order(20)
class SavedViewsHeaderItem implements HeaderItem {

    private final SavedViewService savedViews;

    SavedViewsHeaderItem(SavedViewService savedViews) {
        this.savedViews = savedViews;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new SavedViewsMenu(savedViews);
    }
}
