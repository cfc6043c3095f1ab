package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.component.Component;
import org.sanctionsmonitor.source.SourceDetails;

/**
 * What another feature adds to a source's "Cited by" section, such as the incidents or statements citing it.
 * Implementations are Spring beans, ordered with {@code @Order}; the source feature does not know them.
 */
public interface SourcePageSection {

    Component create(SourceDetails source);
}
