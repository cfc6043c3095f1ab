package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.sanctionsmonitor.statement.StatementFilter;

/** A tool another feature adds to the statement list's header, such as the export button, given the list's current filter. */
public interface StatementListTool {

    Component create(Supplier<StatementFilter> filter);
}
