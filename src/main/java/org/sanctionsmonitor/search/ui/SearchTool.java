package org.sanctionsmonitor.search.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.sanctionsmonitor.search.SearchQuery;

/** A tool another feature adds to the search page, such as the export button, given the search as it stands. */
public interface SearchTool {

    Component create(Supplier<SearchQuery> query);
}
