package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.sanctionsmonitor.source.SourceFilter;

/** A tool another feature adds to the source list's header, such as the export button, given the list's current filter. */
public interface SourceListTool {

    Component create(Supplier<SourceFilter> filter);
}
