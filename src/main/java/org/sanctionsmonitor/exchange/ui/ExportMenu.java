package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sanctionsmonitor.exchange.ExportFiles;
import org.sanctionsmonitor.exchange.ExportService;

/**
 * "Export: CSV · JSON" on a list: each link downloads the list as it is filtered at the moment of the click, with what
 * the user may see. Any list gets one by naming its file and how its rows are written.
 */
public class ExportMenu extends HorizontalLayout {

    /** Writes the list, filtered as it is now, in a format. */
    @FunctionalInterface
    public interface Export {
        void write(ExportService.Format format, java.io.OutputStream out) throws java.io.IOException;
    }

    public ExportMenu(String list, Export export) {
        addClassName("export-menu");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(false);
        Span label = new Span("Export:");
        label.addClassName("export-label");
        add(label);
        for (ExportService.Format format : ExportService.Format.values()) {
            var link = Downloads.link(format.name(), () -> ExportFiles.fileName(list, format), format.contentType(),
                    out -> export.write(format, out));
            link.getElement().setAttribute("aria-label", "Export the " + list + " shown as " + format.name());
            add(link);
        }
    }
}
