package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Links that download what the server writes when they are clicked, in the signed-in user's request. */
final class Downloads {

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws java.io.IOException;
    }

    private Downloads() {
    }

    /** A link whose file is written on click; {@code fileName} is asked then too, so it can name the current filter. */
    static Anchor link(String text, Supplier<String> fileName, String contentType, Writer writer) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        }, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, text);
        anchor.addClassName("download-link");
        return anchor;
    }

    static Anchor text(String text, String fileName, String contentType, Supplier<String> content) {
        return link(text, () -> fileName, contentType, out -> out.write(content.get().getBytes(StandardCharsets.UTF_8)));
    }
}
